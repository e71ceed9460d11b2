namespace Formbricks.Contracts.Fakes;

/// <summary>The contacts in order (newest first) and their pages, with an index of the members of each segment.</summary>
public sealed partial class FakeData
{
    // The members of (environment, segment or all), newest first, as of _contactsVersion, which every insert into
    // _contacts bumps (a new contact, or one whose CreatedAt changed through SetTimestamps). Segments never change
    // members and contacts never change environment, so this is all a page needs: O(limit) per page instead of a
    // membership check of every contact.
    private readonly Dictionary<(string EnvironmentId, string? SegmentId), (long Version, List<FakeContact> NewestFirst)> _members = [];
    private long _contactsVersion;

    /// <summary>Forgets every entity and the id sequence's position (for a reset to the seed).</summary>
    internal void Clear(int seed)
    {
        lock (Gate)
        {
            _byId.Clear();
            _environments.Clear();
            _surveys.Clear();
            _contacts.Clear();
            _attributeKeys.Clear();
            _segments.Clear();
            _responses.Clear();
            _singleUseClaims.Clear();
            _displays.Clear();
            _webhooks.Clear();
            _actionClasses.Clear();
            _apiKeys.Clear();
            _members.Clear();
            _contactsVersion++;
            _sequence = 0;
            _ids.Restart(seed);
        }
    }

    /// <summary>Contacts of an environment, newest first (createdAt desc), optionally only members of a segment.</summary>
    internal (List<FakeContact> Page, int Total) ContactPage(string environmentId, FakeSegment? segment, int skip, int limit)
    {
        lock (Gate)
        {
            var members = Members(environmentId, segment);
            var page = new List<FakeContact>(Math.Max(0, Math.Min(limit, members.Count - skip)));
            for (var i = skip; i < members.Count && page.Count < limit; i++)
            {
                page.Add(members[i]);
            }

            return (page, members.Count);
        }
    }

    /// <summary>The contacts of the environment (members of <paramref name="segment"/> only, when given), newest first; call under <see cref="Gate"/>.</summary>
    private List<FakeContact> Members(string environmentId, FakeSegment? segment)
    {
        var key = (environmentId, segment?.Id);
        if (_members.TryGetValue(key, out var cached) && cached.Version == _contactsVersion)
        {
            return cached.NewestFirst;
        }

        var members = new List<FakeContact>();
        for (var i = _contacts.Count - 1; i >= 0; i--)
        {
            var contact = _contacts[i];
            if (contact.EnvironmentId == environmentId && (segment is null || segment.Members.Contains(contact.Id)))
            {
                members.Add(contact);
            }
        }

        _members[key] = (_contactsVersion, members);
        return members;
    }

    /// <summary>Inserts a contact in order (a new one is usually the newest: one comparison) and invalidates the member index; call under <see cref="Gate"/>.</summary>
    private void InsertContact(FakeContact contact)
    {
        var index = _contacts.Count;
        while (index > 0 && Compare(_contacts[index - 1], contact) > 0)
        {
            index--;
        }

        _contacts.Insert(index, contact);
        _contactsVersion++;
    }

    private static int Compare(FakeEntity a, FakeEntity b)
    {
        var byTime = a.CreatedAt.CompareTo(b.CreatedAt);
        return byTime != 0 ? byTime : a.Sequence.CompareTo(b.Sequence);
    }
}
