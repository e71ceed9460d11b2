using System.Collections.Immutable;
using Formbricks.Contracts.Generator.Common;

namespace Formbricks.Contracts.Generator.Model;

/// <summary>
/// Everything emitted for one spec file: its types and its client. Immutable and compared by value, so that a
/// spec edit that changes nothing the generator uses (whitespace, comments) leaves the output Unchanged.
/// <c>RequestShapedTypes</c> are the types written differently in a request (<see cref="RequestShapes"/>).
/// </summary>
internal sealed record ClientSpec(
    string Namespace,
    string ClientName,
    string OptionsName,
    string ExceptionName,
    string RuntimeName,
    string HintPrefix,
    string SpecPath,
    string? Title,
    string? Description,
    string? DefaultBaseAddress,
    ApiKeySpec? ApiKey,
    EquatableArray<TypeSpec> Types,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<string> RequestShapedTypes = default);

/// <summary>An API key sent in a header, from an <c>apiKey</c> security scheme.</summary>
internal sealed record ApiKeySpec(string HeaderName, string? Description);

/// <summary>One operation: one async method on the client (and its paging companion).</summary>
/// <remarks>
/// <see cref="GeneratedLocals"/> are the names the emitted methods declare themselves; they are reserved in the
/// operation's name scope before any parameter claims a name, so no spec name can clash with them.
/// </remarks>
internal sealed record OperationSpec(
    string MethodName,
    string HttpMethod,
    string PathTemplate,
    string? Summary,
    string? Description,
    bool IsDeprecated,
    bool UsesApiKey,
    EquatableArray<ParameterSpec> Parameters,
    RequestBodySpec? Body,
    TypeRef? ResponseType,
    EquatableArray<ErrorResponseSpec> Errors,
    PaginationSpec? Pagination,
    OperationMetadataSpec? Metadata = null)
{
    /// <summary>
    /// The parameter and locals of the generated operation method. (The paging companion's locals, <c>__skip</c>,
    /// <c>__page</c>, …, need no reservation: it declares no parameter's local, and a parameter's own name is a
    /// camelCase identifier, which never starts with <c>__</c>.)
    /// </summary>
    public static readonly ImmutableArray<string> GeneratedLocals = ["cancellationToken", "__path", "__query", "__request", "__body", "__item", "__form", "__fields", "__text", "__file", "__present"];
}

/// <summary>
/// What the analyzers read about an operation: its id (empty when the spec gives none), where it is in the spec,
/// the deprecation text and the sunset date (<c>x-sunset</c>, <c>yyyy-MM-dd</c>) when the spec gives them.
/// </summary>
internal sealed record OperationMetadataSpec(string OperationId, string Location, string? DeprecationText, string? Sunset);

/// <summary>Where a parameter goes.</summary>
internal enum ParameterLocationSpec
{
    Path,
    Query,
    Header,
}

/// <summary>
/// A path, query or header parameter. <c>Local</c> is the name of the local that holds its value once unwrapped
/// (<c>if (path is { } __path2)</c>), claimed in the operation's name scope like <c>Name</c>.
/// </summary>
internal sealed record ParameterSpec(
    string Name,
    string Local,
    string WireName,
    ParameterLocationSpec Location,
    TypeRef Type,
    bool IsRequired,
    string? Description,
    string? DefaultValueText,
    ConstraintSpec? Constraints = null,
    ObjectQueryStyle ObjectStyle = ObjectQueryStyle.FormExploded);

/// <summary>
/// How a query parameter that is an object or a map is written (OpenAPI <c>style</c>/<c>explode</c>), for
/// <c>{"a": 1, "b": 2}</c> in parameter <c>p</c>.
/// </summary>
internal enum ObjectQueryStyle
{
    /// <summary><c>style: form, explode: true</c> (the default): <c>a=1&amp;b=2</c>.</summary>
    FormExploded = 0,

    /// <summary><c>style: form, explode: false</c>: <c>p=a,1,b,2</c>.</summary>
    Form = 1,

    /// <summary><c>style: deepObject</c>: <c>p[a]=1&amp;p[b]=2</c>.</summary>
    DeepObject = 2,
}

/// <summary>
/// A request body: JSON, or an object sent as a form (<see cref="FormContentType"/>) or as multipart parts
/// (<see cref="MultipartContentType"/>). <c>Local</c> holds its value once unwrapped, claimed like a parameter's.
/// </summary>
internal sealed record RequestBodySpec(string Name, string Local, TypeRef Type, bool IsRequired, string? Description, string ContentType)
{
    /// <summary>The form body media type: the object's properties as URL-encoded fields.</summary>
    public const string FormContentType = "application/x-www-form-urlencoded";

    /// <summary>The multipart body media type: a part per property, a file part per <see cref="TypeKind.File"/> property.</summary>
    public const string MultipartContentType = "multipart/form-data";
}

/// <summary>The body of a non-2xx response: <c>Status</c> is a code ("404"), a range ("4XX") or "default".</summary>
internal sealed record ErrorResponseSpec(string Status, TypeRef Type);

/// <summary>
/// An operation with <c>limit</c>/<c>skip</c> whose body has a <c>data</c> array: it gets an
/// <c>IAsyncEnumerable</c> companion that walks every page.
/// </summary>
internal sealed record PaginationSpec(
    string MethodName,
    string LimitParameter,
    string SkipParameter,
    TypeKind LimitKind,
    string DataProperty,
    TypeRef ItemType,
    string? MetaProperty,
    string? TotalProperty,
    TypeKind SkipKind,
    bool LimitIsRequired,
    string? DefaultLimitText);

/// <summary>
/// The namespace one spec generates into, collected across every spec of the project: two specs in one namespace
/// would declare the same types (every spec has its runtime, most an <c>Error</c>) and add the same hint names.
/// </summary>
/// <param name="SpecPath">The spec file.</param>
/// <param name="Namespace">The namespace its model was built for.</param>
internal sealed record NamespaceClaim(string SpecPath, string Namespace)
{
    /// <summary>
    /// The spec that owns <paramref name="spec"/>'s namespace when that is another one: the first spec, in the order
    /// the compiler hands them over, whose namespace is equal ignoring case (hint names are compared ignoring case,
    /// and a case-insensitive file system could not hold both sets of emitted files). Null when it is its own.
    /// </summary>
    public static string? OwnerOtherThan(EquatableArray<NamespaceClaim> claims, ClientSpec spec)
    {
        foreach (var claim in claims)
        {
            if (string.Equals(claim.Namespace, spec.Namespace, StringComparison.OrdinalIgnoreCase))
            {
                return string.Equals(claim.SpecPath, spec.SpecPath, StringComparison.Ordinal) ? null : claim.SpecPath;
            }
        }

        return null;
    }
}
