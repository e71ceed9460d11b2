namespace Formbricks.Contracts.Verify.Tests.Servers;

/// <summary>The spec the test servers serve: a keyed collection of items with list, create, read and delete.</summary>
internal static class TinySpec
{
    public const string Key = "secret-key";

    public const string Yaml = """
        openapi: 3.0.3
        info: {title: Tiny, version: '1'}
        servers: [{url: 'https://tiny.example/api'}]
        security: [{key: []}]
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 10}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [data]
                        properties:
                          data: {type: array, items: {$ref: '#/components/schemas/Item'}}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
            post:
              operationId: createItem
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string, minLength: 1}
              responses:
                '201':
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Item'}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
          /items/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: string, pattern: '^[a-z0-9]+$'}}
            get:
              operationId: getItem
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Item'}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
            delete:
              operationId: deleteItem
              responses:
                '204': {description: deleted}
                '400': {$ref: '#/components/responses/Error'}
                '401': {$ref: '#/components/responses/Error'}
                '404': {$ref: '#/components/responses/Error'}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: x-api-key}
          responses:
            Error:
              description: error
              content:
                application/json:
                  schema: {type: object, required: [message], properties: {message: {type: string}}}
          schemas:
            Item:
              type: object
              required: [id, name]
              properties:
                id: {type: string}
                name: {type: string}
        """;
}
