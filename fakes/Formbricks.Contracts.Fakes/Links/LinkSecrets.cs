using System.Security.Cryptography;
using System.Text;

namespace Formbricks.Contracts.Fakes.Links;

/// <summary>
/// The server's <c>ENCRYPTION_KEY</c> (64 hex characters, derived from the seed) and what the real server does with it:
/// AES-256-GCM claim encryption, the HS256 JWT secret (the key's UTF-8 text) and the single-use HMAC.
/// </summary>
internal sealed class LinkSecrets
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _aesKey;

    public LinkSecrets(byte[] keyBytes)
    {
        _aesKey = keyBytes;
        EncryptionKey = Convert.ToHexStringLower(keyBytes);
        JwtKey = Encoding.UTF8.GetBytes(EncryptionKey);
    }

    /// <summary>The <c>ENCRYPTION_KEY</c> text.</summary>
    public string EncryptionKey { get; }

    /// <summary>The HMAC key of the JWT: the UTF-8 bytes of <see cref="EncryptionKey"/> (jsonwebtoken does not hex-decode it).</summary>
    public byte[] JwtKey { get; }

    /// <summary>
    /// <c>symmetricEncrypt</c>: <c>"&lt;ivHex&gt;:&lt;cipherHex&gt;:&lt;tagHex&gt;"</c> with a random IV, so every call differs.
    /// Deviation: the real server uses a 16-byte IV (Node's GCM accepts any length); .NET <see cref="AesGcm"/> takes only
    /// 12-byte nonces, so this fake's blobs carry a 12-byte IV. They are opaque to clients either way; only this fake
    /// decrypts them.
    /// </summary>
    public string Encrypt(string plainText)
    {
        var plain = Encoding.UTF8.GetBytes(plainText);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[TagSize];
        using (var aes = new AesGcm(_aesKey, TagSize))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        return $"{Convert.ToHexStringLower(nonce)}:{Convert.ToHexStringLower(cipher)}:{Convert.ToHexStringLower(tag)}";
    }

    /// <summary><c>symmetricDecrypt</c>; <see langword="null"/> for anything that is not a blob this key made.</summary>
    public string? Decrypt(string? blob)
    {
        var parts = blob?.Split(':');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        try
        {
            var nonce = Convert.FromHexString(parts[0]);
            var cipher = Convert.FromHexString(parts[1]);
            var tag = Convert.FromHexString(parts[2]);
            if (nonce.Length != NonceSize || tag.Length != TagSize)
            {
                return null;
            }

            var plain = new byte[cipher.Length];
            using var aes = new AesGcm(_aesKey, TagSize);
            aes.Decrypt(nonce, cipher, tag, plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The <c>suToken</c>: lower-case hex HMAC-SHA256 of <c>formbricks.single-use.v1:{surveyId}:{suId}</c>.</summary>
    public string SingleUseToken(string surveyId, string singleUseId)
    {
        var message = Encoding.UTF8.GetBytes($"formbricks.single-use.v1:{surveyId}:{singleUseId}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(JwtKey, message));
    }

    /// <summary>Constant-time check of a <c>suToken</c>.</summary>
    public bool VerifySingleUseToken(string surveyId, string singleUseId, string? token)
    {
        if (token is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(SingleUseToken(surveyId, singleUseId));
        var actual = Encoding.UTF8.GetBytes(token);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
