namespace Formbricks.Contracts.Fakes.State;

/// <summary>Deterministic cuid2-like ids: 25 characters of <c>[a-z0-9]</c>, the first a letter.</summary>
/// <remarks>Thread-safe. <see cref="Random"/> with a seed produces the same sequence on every .NET version.</remarks>
internal sealed class IdGenerator
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private Random _random;
    private readonly object _gate = new();

    public IdGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Starts the sequence again from <paramref name="seed"/>.</summary>
    public void Restart(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed);
        }
    }

    public string Next()
    {
        Span<char> id = stackalloc char[25];
        lock (_gate)
        {
            id[0] = Letters[_random.Next(Letters.Length)];
            for (var i = 1; i < id.Length; i++)
            {
                id[i] = Alphabet[_random.Next(Alphabet.Length)];
            }
        }

        return new string(id);
    }

    public byte[] NextBytes(int count)
    {
        var bytes = new byte[count];
        lock (_gate)
        {
            _random.NextBytes(bytes);
        }

        return bytes;
    }
}
