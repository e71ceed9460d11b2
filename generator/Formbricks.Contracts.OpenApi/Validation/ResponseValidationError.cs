namespace Formbricks.Contracts.OpenApi.Validation;

/// <summary>One way a response does not fit the spec: where (a JSON pointer into the body, or <c>""</c>) and what.</summary>
public sealed class ResponseValidationError : IEquatable<ResponseValidationError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="pointer">JSON pointer of the offending value in the body (<c>""</c> = the body itself or the response as a whole).</param>
    /// <param name="message">What does not fit.</param>
    public ResponseValidationError(string pointer, string message)
    {
        Pointer = pointer ?? string.Empty;
        Message = message ?? string.Empty;
    }

    /// <summary>JSON pointer of the offending value, e.g. <c>/data/0/createdAt</c>.</summary>
    public string Pointer { get; }

    /// <summary>What does not fit, e.g. <c>expected string, got number</c>.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ResponseValidationError? other) =>
        other is not null && Pointer == other.Pointer && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponseValidationError);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Pointer.GetHashCode() * 397) ^ Message.GetHashCode());

    /// <summary>The pointer and the message, e.g. <c>/data/0/id: expected string, got number</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Pointer.Length == 0 ? Message : Pointer + ": " + Message;
}
