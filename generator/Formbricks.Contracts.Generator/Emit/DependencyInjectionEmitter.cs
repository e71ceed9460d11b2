using Formbricks.Contracts.Generator.Model;

namespace Formbricks.Contracts.Generator.Emit;

/// <summary>
/// Emits <c>services.Add{ClientName}(…)</c>: the client registered as a typed client of <c>IHttpClientFactory</c>,
/// its options configured in code or bound from configuration (without reflection), the API key header redacted
/// from the factory's logs.
/// </summary>
internal static class DependencyInjectionEmitter
{
    public static string Emit(ClientSpec client, HostFeatures features)
    {
        var ns = client.Namespace;
        var clientType = "global::" + ns + "." + client.ClientName;
        var optionsType = "global::" + ns + "." + client.OptionsName;
        var w = EmitHelpers.StartFile(ns);

        w.Line($"/// <summary>Registers <see cref=\"{client.ClientName}\"/> with dependency injection through <c>IHttpClientFactory</c>.</summary>");
        w.Line(EmitHelpers.GeneratedCodeAttribute);
        w.Open($"public static partial class {client.ClientName}ServiceCollectionExtensions");

        var httpClientName = ns + "." + client.ClientName;
        foreach (var method in new[] { "Add" + client.ClientName, "Add" + QualifiedName(client) })
        {
            EmitRegistration(w, client, features, method, httpClientName);
        }

        w.Open($"private static {Builder} Register({Services} services)");
        w.Line($"var builder = global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, {JsonCode.Literal(httpClientName)});");
        if (client.ApiKey is { } apiKey)
        {
            w.Line($"global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.RedactLoggedHeaders(builder, new[] {{ {JsonCode.Literal(apiKey.HeaderName)} }});");
        }

        w.Line("global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddTypedClient(builder, static (httpClient, provider) =>");
        w.Line($"    new {clientType}(httpClient, global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{optionsType}>>(provider).Value));");
        w.Line("return builder;");
        w.Close();
        w.Close();
        return EmitHelpers.EndFile(w);
    }

    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string Builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";

    /// <summary>
    /// <c>Add{Namespace}{ClientName}</c> (<c>AddMyAppV1FormbricksClient</c>): a second name for the registration that
    /// no other spec's shares, so two specs with one <c>ClientName</c> in two imported namespaces can both be registered.
    /// </summary>
    public static string QualifiedName(ClientSpec client) =>
        string.Concat(client.Namespace.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part.Substring(1))) + client.ClientName;

    private static string Alias(ClientSpec client, string method) =>
        method == "Add" + client.ClientName
            ? $"The same as <c>Add{QualifiedName(client)}</c>, whose name no other namespace's client shares."
            : $"The same as <c>Add{client.ClientName}</c>, by a name no other namespace's client shares.";

    private static void EmitRegistration(SourceWriter w, ClientSpec client, HostFeatures features, string method, string httpClientName)
    {
        var optionsType = "global::" + client.Namespace + "." + client.OptionsName;
        w.Line("/// <summary>");
        w.Line($"/// Registers <see cref=\"{client.ClientName}\"/> as a typed client of <c>IHttpClientFactory</c> (the named client");
        w.Line($"/// <c>\"{EmitHelpers.Escape(httpClientName)}\"</c>) with the options <paramref name=\"configure\"/> sets. {Alias(client, method)}");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"services\">The service collection.</param>");
        w.Line("/// <param name=\"configure\">Sets the base address and the API key.</param>");
        w.Line("/// <returns>The HTTP client builder, to add handlers (retries, logging) to.</returns>");
        w.Open($"public static {Builder} {method}(this {Services} services, global::System.Action<{optionsType}> configure)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(configure);");
        w.Line($"global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure<{optionsType}>(services, configure);");
        w.Line("return Register(services);");
        w.Close();
        w.Line();

        if (features.HasConfiguration)
        {
            w.Line("/// <summary>");
            w.Line($"/// Registers <see cref=\"{client.ClientName}\"/> with options read from <paramref name=\"configuration\"/>: the keys");
            w.Line("/// <c>BaseAddress</c> and <c>ApiKey</c> (for example the section <c>\"Formbricks\"</c> of appsettings.json plus the");
            w.Line($"/// environment variable <c>Formbricks__ApiKey</c>). Read without reflection, so trim- and AOT-safe. {Alias(client, method)}");
            w.Line("/// </summary>");
            w.Line("/// <param name=\"services\">The service collection.</param>");
            w.Line("/// <param name=\"configuration\">The configuration section holding the options.</param>");
            w.Line("/// <returns>The HTTP client builder, to add handlers (retries, logging) to.</returns>");
            w.Open($"public static {Builder} {method}(this {Services} services, global::Microsoft.Extensions.Configuration.IConfiguration configuration)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(configuration);");
            w.Line($"return {method}(services, options =>");
            w.Open();
            w.Line("if (configuration[\"BaseAddress\"] is { Length: > 0 } baseAddress)");
            w.Open();
            w.Line("options.BaseAddress = new global::System.Uri(baseAddress, global::System.UriKind.Absolute);");
            w.Close();
            if (client.ApiKey is not null)
            {
                w.Line();
                w.Line("if (configuration[\"ApiKey\"] is { Length: > 0 } apiKey)");
                w.Open();
                w.Line("options.ApiKey = apiKey;");
                w.Close();
            }

            w.Close(");");
            w.Close();
            w.Line();
        }
    }
}
