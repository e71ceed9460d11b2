using System.Globalization;
using System.Text;

namespace Formbricks.Contracts.Fakes;

/// <summary>Assertions on the journal that throw <see cref="FakeJournalAssertionException"/> with what was received instead.</summary>
public sealed partial class FakeJournal
{
    private const int ListedEntries = 20;

    /// <summary>Asserts that the operation was called (exactly <paramref name="times"/> times when given).</summary>
    /// <param name="operationId">The operation id, e.g. <see cref="FakeOperations.GetSurveys"/>.</param>
    /// <param name="times">The exact number of calls expected.</param>
    /// <returns>The matching entries, in arrival order.</returns>
    /// <exception cref="FakeJournalAssertionException">The count differs; the message lists the requests received.</exception>
    /// <exception cref="ArgumentException">The server serves no such operation.</exception>
    public IReadOnlyList<JournalEntry> AssertReceived(string operationId, int times) =>
        Check(ForOperation(operationId), operationId, times);

    /// <summary>Asserts that the operation was called at least once.</summary>
    /// <param name="operationId">The operation id, e.g. <see cref="FakeOperations.GetSurveys"/>.</param>
    /// <returns>The matching entries, in arrival order.</returns>
    /// <exception cref="FakeJournalAssertionException">It was not called; the message lists the requests received.</exception>
    /// <exception cref="ArgumentException">The server serves no such operation.</exception>
    public IReadOnlyList<JournalEntry> AssertReceived(string operationId) =>
        Check(ForOperation(operationId), operationId, null);

    /// <summary>Asserts that a request with the method and a path starting with <paramref name="pathPrefix"/> was received.</summary>
    /// <param name="method">HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="pathPrefix">Path prefix, e.g. <c>/api/v2/management/surveys</c>.</param>
    /// <param name="times">The exact number of calls expected.</param>
    /// <returns>The matching entries, in arrival order.</returns>
    /// <exception cref="FakeJournalAssertionException">The count differs; the message lists the requests received.</exception>
    public IReadOnlyList<JournalEntry> AssertReceived(string method, string pathPrefix, int times) =>
        Check(Find(method, pathPrefix), $"{method.ToUpperInvariant()} {pathPrefix}", times);

    /// <summary>Asserts that a request with the method and a path starting with <paramref name="pathPrefix"/> was received at least once.</summary>
    /// <param name="method">HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="pathPrefix">Path prefix, e.g. <c>/api/v2/management/surveys</c>.</param>
    /// <returns>The matching entries, in arrival order.</returns>
    /// <exception cref="FakeJournalAssertionException">None was received; the message lists the requests received.</exception>
    public IReadOnlyList<JournalEntry> AssertReceived(string method, string pathPrefix) =>
        Check(Find(method, pathPrefix), $"{method.ToUpperInvariant()} {pathPrefix}", null);

    /// <summary>Asserts that the operation was not called.</summary>
    /// <param name="operationId">The operation id.</param>
    /// <exception cref="FakeJournalAssertionException">It was called; the message lists the requests received.</exception>
    public void AssertNotReceived(string operationId) => Check(ForOperation(operationId), operationId, 0);

    private IReadOnlyList<JournalEntry> Check(IReadOnlyList<JournalEntry> matching, string what, int? times)
    {
        if (times is { } expected ? matching.Count == expected : matching.Count > 0)
        {
            return matching;
        }

        var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Expected {what} to be received ");
        message.Append(times is { } n ? $"{Calls(n)}" : "at least once").Append(CultureInfo.InvariantCulture, $", but it was received {Calls(matching.Count)}.");
        var entries = Entries;
        message.Append(CultureInfo.InvariantCulture, $" The journal holds {Calls(entries.Count).Replace(" time", " request", StringComparison.Ordinal)}");
        message.Append(entries.Count == 0 ? "." : ":");
        foreach (var entry in entries.TakeLast(ListedEntries))
        {
            message.AppendLine().Append(CultureInfo.InvariantCulture, $"  {entry.Method} {entry.Path}{entry.Query} -> {entry.Status} ({entry.OperationId ?? "no operation"})");
        }

        throw new FakeJournalAssertionException(message.ToString());
    }

    private static string Calls(int count) => count == 1 ? "1 time" : $"{count.ToString(CultureInfo.InvariantCulture)} times";
}

/// <summary>A journal assertion (<see cref="FakeJournal.AssertReceived(string, int)"/>, …) failed.</summary>
public sealed class FakeJournalAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FakeJournalAssertionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was expected and what was received.</param>
    public FakeJournalAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FakeJournalAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
