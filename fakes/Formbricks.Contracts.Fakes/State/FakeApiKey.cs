namespace Formbricks.Contracts.Fakes;

/// <summary>An API key the fake server accepts, with its permission.</summary>
/// <param name="Key">The key text, e.g. <c>fbk_…</c> (any non-empty text is accepted by <c>x-api-key</c>; <c>Authorization: Bearer</c> needs the <c>fbk_</c> form).</param>
/// <param name="Permission">The permission on <paramref name="EnvironmentId"/>.</param>
/// <param name="EnvironmentId">The environment the permission applies to; <see langword="null"/> = the seeded main environment.</param>
public sealed record FakeApiKey(string Key, FakeAccessLevel Permission, string? EnvironmentId = null);
