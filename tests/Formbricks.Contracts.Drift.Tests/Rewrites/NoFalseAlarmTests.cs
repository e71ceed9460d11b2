namespace Formbricks.Contracts.Drift.Tests.Rewrites;

/// <summary>Rewrites that change nothing for a client must give no finding at all, not even INFO, in either direction.</summary>
public sealed class NoFalseAlarmTests
{
    private const string Head30 = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
    private const string Head31 = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

    public static TheoryData<string, string, string> Pairs() => new()
    {
        {
            "reordered paths, operations, parameters, properties and responses",
            Head30 + """
                servers: [{url: 'https://api.example.com'}]
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: x, in: query, schema: {type: string}}
                        - {name: y, in: query, required: true, schema: {type: integer}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, required: [p], properties: {p: {type: string}, q: {type: integer}}}}}}
                        '404': {description: missing}
                    delete:
                      responses: {'204': {description: gone}}
                  /b:
                    get:
                      responses: {'200': {description: ok}}
                """,
            Head30 + """
                servers: [{url: 'https://api.example.com'}]
                paths:
                  /b:
                    get:
                      responses: {'200': {description: ok}}
                  /a:
                    delete:
                      responses: {'204': {description: gone}}
                    get:
                      parameters:
                        - {name: y, in: query, required: true, schema: {type: integer}}
                        - {name: x, in: query, schema: {type: string}}
                      responses:
                        '404': {description: missing}
                        '200': {description: ok, content: {application/json: {schema: {type: object, required: [p], properties: {q: {type: integer}, p: {type: string}}}}}}
                """
        },
        {
            "descriptions, summaries, examples and titles",
            Head31 + """
                paths:
                  /a:
                    get:
                      summary: Old
                      description: Old words
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, description: a thing, properties: {p: {type: string, example: x}}}}}}
                """,
            Head31 + """
                paths:
                  /a:
                    get:
                      summary: New
                      description: New, longer words
                      responses:
                        '200': {description: fine, content: {application/json: {schema: {type: object, title: Thing, description: another thing, properties: {p: {type: string, examples: [y]}}}}}}
                """
        },
        {
            "$ref versus the same schema inline (with a $ref cycle)",
            Head30 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
                components:
                  schemas:
                    Node: {type: object, required: [name], properties: {name: {type: string, maxLength: 10}, children: {type: array, items: {$ref: '#/components/schemas/Node'}}}}
                """,
            Head30 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, required: [name], properties: {name: {type: string, maxLength: 10}, children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}}}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, required: [name], properties: {name: {$ref: '#/components/schemas/Name'}, children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}}}}
                components:
                  schemas:
                    Name: {type: string, maxLength: 10}
                    Tree: {type: object, required: [name], properties: {name: {type: string, maxLength: 10}, children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}
                """
        },
        {
            "3.0 nullable: true versus 3.1 type: [x, 'null']",
            Head30 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, properties: {n: {type: string, nullable: true}}}}}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {type: integer, nullable: true}}}}}}
                """,
            Head31 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, properties: {n: {type: [string, 'null']}}}}}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {type: ['null', integer]}}}}}}
                """
        },
        {
            "3.1 type: [x, 'null'] versus anyOf: [x, {type: 'null'}] (and oneOf, and a $ref branch)",
            Head31 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, properties: {n: {type: [string, 'null']}, m: {$ref: '#/components/schemas/M'}}}}}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {type: [integer, 'null']}}}}}}
                components:
                  schemas:
                    M: {type: object, properties: {v: {type: string}}}
                """,
            Head31 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, properties: {n: {anyOf: [{type: string}, {type: 'null'}]}, m: {$ref: '#/components/schemas/M'}}}}}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {oneOf: [{type: 'null'}, {type: integer}]}}}}}}
                components:
                  schemas:
                    M: {type: object, properties: {v: {type: string}}}
                """
        },
        {
            "3.0 nullable allOf wrapper versus 3.1 anyOf with a null branch",
            Head30 + """
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {m: {allOf: [{$ref: '#/components/schemas/M'}], nullable: true}}}}}}
                components:
                  schemas:
                    M: {type: object, properties: {v: {type: string}}}
                """,
            Head31 + """
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {m: {anyOf: [{$ref: '#/components/schemas/M'}, {type: 'null'}]}}}}}}
                components:
                  schemas:
                    M: {type: object, properties: {v: {type: string}}}
                """
        },
        {
            "a 3.0 document upgraded to 3.1 (exclusive bounds, nullable, example, const)",
            Head30 + """
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: n, in: query, schema: {type: integer, minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true, example: 3}}
                        - {name: k, in: query, schema: {type: string, enum: [only]}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {s: {type: string, nullable: true, enum: [a, b, null]}}}}}}
                """,
            Head31 + """
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: n, in: query, schema: {type: integer, exclusiveMinimum: 0, exclusiveMaximum: 10, examples: [3]}}
                        - {name: k, in: query, schema: {type: string, const: only}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {s: {type: [string, 'null'], enum: [a, b, null]}}}}}}
                """
        },
        {
            "a prefix moved from servers into the paths, a renamed path parameter, a media type with parameters",
            Head31 + """
                servers: [{url: 'https://api.example.com/api/v2'}]
                paths:
                  /items/{id}:
                    get:
                      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                      responses: {'200': {description: ok, content: {application/json: {schema: {type: string}}}}}
                """,
            Head31 + """
                servers: [{url: 'https://api.example.com/api'}]
                paths:
                  /v2/items/{itemId}:
                    get:
                      parameters: [{name: itemId, in: path, required: true, schema: {type: string}}]
                      responses: {'200': {description: ok, content: {'application/json; charset=utf-8': {schema: {type: string}}}}}
                """
        },
        {
            "a 3.0 allOf part that is only nullable: true versus the 3.1 anyOf with a null branch (Box's documents spell it so)",
            Head30 + """
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {p: {allOf: [{$ref: '#/components/schemas/A'}, {description: may be null}, {nullable: true}]}}}}}}
                components:
                  schemas:
                    A: {type: object, properties: {a: {type: string}}}
                """,
            Head31 + """
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {p: {anyOf: [{$ref: '#/components/schemas/A'}, {type: 'null'}]}}}}}}
                components:
                  schemas:
                    A: {type: object, properties: {a: {type: string}}}
                """
        },
        {
            "allOf split versus merged",
            Head30 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {allOf: [{$ref: '#/components/schemas/Base'}, {type: object, required: [b], properties: {b: {type: integer}}}]}}}}
                      responses: {'204': {description: ok}}
                components:
                  schemas:
                    Base: {type: object, required: [a], properties: {a: {type: string}}}
                """,
            Head30 + """
                paths:
                  /a:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object, required: [a, b], properties: {a: {type: string}, b: {type: integer}}}}}}
                      responses: {'204': {description: ok}}
                """
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Rewrite_gives_no_finding(string rewrite, string @base, string revision)
    {
        var findings = DriftRunner.Diff(@base, revision);
        Assert.True(findings.Count == 0, rewrite + ":" + Environment.NewLine + DriftRunner.Describe(findings));

        var reverse = DriftRunner.Diff(revision, @base);
        Assert.True(reverse.Count == 0, rewrite + " (reversed):" + Environment.NewLine + DriftRunner.Describe(reverse));
    }
}
