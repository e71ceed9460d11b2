using System.Text.Json.Nodes;

namespace Formbricks.Contracts.Fakes.Hosting.Admin;

/// <summary>
/// A mapping's place in a scenario: WireMock.Net's <c>Scenario</c>, <c>WhenStateIs</c>, <c>SetStateTo</c> or Java
/// WireMock's <c>scenarioName</c>, <c>requiredScenarioState</c>, <c>newScenarioState</c>.
/// </summary>
/// <param name="Name">The scenario.</param>
/// <param name="Required">The state the scenario must be in; <see langword="null"/> is the start (<c>"Started"</c>).</param>
/// <param name="AnyState">No required state (Java without <c>requiredScenarioState</c>): the mapping answers in every state.</param>
/// <param name="Next">The state the scenario moves to when the mapping answers.</param>
/// <param name="NetMoves">
/// WireMock.Net's rule: every answer moves the scenario to <paramref name="Next"/>, a <see langword="null"/> one back to
/// the start, after <paramref name="Times"/> answers in the same state (<c>TimesInSameState</c>, default 1). Java's
/// rule (<see langword="false"/>): the scenario moves only when <paramref name="Next"/> is given.
/// </param>
/// <param name="Times">WireMock.Net's <c>TimesInSameState</c>.</param>
internal sealed record StubScenario(string Name, string? Required, bool AnyState, string? Next, bool NetMoves = false, long Times = 1)
{
    /// <summary>Reads the scenario fields of a mapping (either format), or <see langword="null"/> when it has none.</summary>
    public static StubScenario? Parse(JsonObject mapping)
    {
        if (AdminJson.GetString(mapping, "Scenario") is { } net)
        {
            // WireMock.Net: without WhenStateIs the mapping answers only while the scenario has not moved.
            var times = AdminJson.GetNumber(mapping, "TimesInSameState") ?? 1;
            return times >= 1
                ? new(net, AdminJson.GetString(mapping, "WhenStateIs"), AnyState: false, AdminJson.GetString(mapping, "SetStateTo"), NetMoves: true, times)
                : throw new AdminException($"'TimesInSameState' must be 1 or more, not {times}");
        }

        if (AdminJson.GetString(mapping, "scenarioName") is { } java)
        {
            var required = AdminJson.GetString(mapping, "requiredScenarioState");
            return new(java, required, AnyState: required is null, AdminJson.GetString(mapping, "newScenarioState"));
        }

        return AdminJson.Get(mapping, "WhenStateIs", "SetStateTo", "TimesInSameState", "requiredScenarioState", "newScenarioState") is null
            ? null
            : throw new AdminException("a mapping with a required or new scenario state needs 'Scenario' (or 'scenarioName')");
    }
}

/// <summary>
/// The scenarios' states, shared by all requests: checking a mapping's required state and moving to its next state is
/// one step under a lock, so of two parallel requests only one can make a given move.
/// </summary>
internal sealed class ScenarioStore
{
    /// <summary>Java WireMock's name of the state every scenario starts in.</summary>
    public const string Started = "Started";

    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _states = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a matching mapping may answer in its scenario's current state; if so, and it names a next state, the
    /// scenario moves there. A mapping outside any scenario always may.
    /// </summary>
    public bool TryEnter(StubScenario? scenario)
    {
        if (scenario is null)
        {
            return true;
        }

        lock (_gate)
        {
            var entry = _states.GetValueOrDefault(scenario.Name) ?? new Entry(null, 0, Started: false, Finished: false);
            if (!scenario.AnyState && !IsSame(entry.State, scenario.Required))
            {
                return false;
            }

            if (scenario.NetMoves)
            {
                var counter = entry.Counter + 1;
                _states[scenario.Name] = counter >= scenario.Times
                    ? new Entry(scenario.Next, 0, Started: true, Finished: scenario.Next is null)
                    : entry with { Counter = counter, Started = true, Finished = scenario.Next is null };
            }
            else if (scenario.Next is { } next)
            {
                _states[scenario.Name] = new Entry(next, 0, Started: true, Finished: false);
            }

            return true;
        }
    }

    /// <summary>Every scenario back to its start.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _states.Clear();
        }
    }

    /// <summary>One scenario back to its start.</summary>
    public void Reset(string name)
    {
        lock (_gate)
        {
            _states.Remove(name);
        }
    }

    /// <summary>Sets a scenario's state (Java's <c>PUT /__admin/scenarios/{name}/state</c>).</summary>
    public void Set(string name, string state)
    {
        lock (_gate)
        {
            _states[name] = new Entry(IsSame(state, null) ? null : state, 0, Started: true, Finished: false);
        }
    }

    /// <summary>
    /// The scenarios of <paramref name="mappings"/> and any with a state, in WireMock.Net's shape (<c>Name</c>,
    /// <c>NextState</c>: the current state or null at the start, <c>Started</c>, <c>Finished</c>, <c>Counter</c>: answers
    /// in this state toward <c>TimesInSameState</c>) with Java's <c>State</c> (<c>"Started"</c> at the start) and
    /// <c>PossibleStates</c>.
    /// </summary>
    public JsonArray ToJson(IEnumerable<StubScenario> mappings)
    {
        var byName = mappings.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        lock (_gate)
        {
            var names = byName.Keys.Union(_states.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
            return new JsonArray([.. names.Select(name =>
            {
                var entry = _states.GetValueOrDefault(name) ?? new Entry(null, 0, Started: false, Finished: false);
                var possible = byName.GetValueOrDefault(name, []).SelectMany(s => new[] { s.Required ?? Started, s.Next })
                    .Append(Started).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                return (JsonNode)new JsonObject
                {
                    ["Name"] = name,
                    ["NextState"] = entry.State,
                    ["Started"] = entry.Started,
                    ["Finished"] = entry.Finished,
                    ["Counter"] = entry.Counter,
                    ["State"] = entry.State ?? Started,
                    ["PossibleStates"] = new JsonArray([.. possible.Select(p => (JsonNode)p)]),
                };
            })]);
        }
    }

    /// <summary>Whether a scenario of this name is known (named by a mapping or given a state).</summary>
    public bool Knows(string name, IEnumerable<StubScenario> mappings)
    {
        lock (_gate)
        {
            return _states.ContainsKey(name) || mappings.Any(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        }
    }

    private static bool IsSame(string? state, string? required) =>
        string.Equals(state ?? Started, required ?? Started, StringComparison.Ordinal);

    /// <summary>One scenario: its state (<see langword="null"/> at the start) and WireMock.Net's bookkeeping.</summary>
    private sealed record Entry(string? State, int Counter, bool Started, bool Finished);
}
