using Microsoft.CodeAnalysis;

namespace Formbricks.Contracts.Analyzers.Metadata;

/// <summary>What a <c>FormbricksOperation</c> attribute says about a generated client method.</summary>
internal sealed class OperationInfo
{
    public OperationInfo(IMethodSymbol method, string operationId, string httpMethod, string pathTemplate, string location)
    {
        Method = method;
        OperationId = operationId;
        HttpMethod = httpMethod;
        PathTemplate = pathTemplate;
        Location = location;
    }

    public IMethodSymbol Method { get; }

    public string OperationId { get; }

    public string HttpMethod { get; }

    public string PathTemplate { get; }

    public string Location { get; }

    public string? Sunset { get; private set; }

    public string? Enumerator { get; private set; }

    public string? SkipParameter { get; private set; }

    public string? LimitParameter { get; private set; }

    public string? ItemsProperty { get; private set; }

    public string? BatchAlternative { get; private set; }

    public static OperationInfo? From(IMethodSymbol method, AttributeData attribute)
    {
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length != 4 || arguments.Any(a => a.Value is not string))
        {
            return null;
        }

        var info = new OperationInfo(method, (string)arguments[0].Value!, (string)arguments[1].Value!, (string)arguments[2].Value!, (string)arguments[3].Value!);
        foreach (var pair in attribute.NamedArguments)
        {
            var value = pair.Value.Value as string;
            switch (pair.Key)
            {
                case "Sunset": info.Sunset = value; break;
                case "Enumerator": info.Enumerator = value; break;
                case "SkipParameter": info.SkipParameter = value; break;
                case "LimitParameter": info.LimitParameter = value; break;
                case "ItemsProperty": info.ItemsProperty = value; break;
                case "BatchAlternative": info.BatchAlternative = value; break;
                default: break;
            }
        }

        return info;
    }
}
