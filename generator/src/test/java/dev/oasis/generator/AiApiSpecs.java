package dev.oasis.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes OpenAPI 3.1 specs in the style of the public AI and payment APIs, as large as asked: every
 * optional value is {@code anyOf: [X, {type: 'null'}]} or {@code type: [X, 'null']}, messages and
 * content parts are unions told apart by a {@code const} role or type, expandable fields are a string
 * id or the object, open enums are {@code anyOf: [string, enum]}, inputs are a string or lists of
 * strings, numbers or lists, a deleted object is its own schema with {@code deleted: const true}, and
 * stream events are a union of {@code type} consts. Each group of {@value #SCHEMAS_PER_GROUP} schemas
 * has two operations.
 */
final class AiApiSpecs {

    /** The schemas each group adds. */
    static final int SCHEMAS_PER_GROUP = 28;

    private static final String GROUP = """
                ChatRequest_G:
                  type: object
                  required: [model, messages]
                  properties:
                    model:
                      anyOf:
                        - type: string
                        - type: string
                          enum: [model-large, model-small]
                    messages:
                      type: array
                      items: {$ref: '#/components/schemas/ChatMessage_G'}
                    temperature:
                      anyOf: [{type: number, minimum: 0, maximum: 2}, {type: 'null'}]
                    stop:
                      anyOf:
                        - type: string
                        - type: array
                          maxItems: 4
                          items: {type: string}
                        - type: 'null'
                    response_format:
                      anyOf: [{$ref: '#/components/schemas/ResponseFormat_G'}, {type: 'null'}]
                    metadata:
                      type: [object, 'null']
                      additionalProperties: {type: string, maxLength: 512}
                    user: {type: [string, 'null']}
                ChatMessage_G:
                  oneOf:
                    - $ref: '#/components/schemas/SystemMessage_G'
                    - $ref: '#/components/schemas/UserMessage_G'
                    - $ref: '#/components/schemas/AssistantMessage_G'
                    - $ref: '#/components/schemas/ToolMessage_G'
                SystemMessage_G:
                  type: object
                  required: [role, content]
                  properties:
                    role: {const: system}
                    content: {type: string}
                    name: {type: [string, 'null']}
                UserMessage_G:
                  type: object
                  required: [role, content]
                  properties:
                    role: {const: user}
                    content:
                      anyOf:
                        - type: string
                        - type: array
                          items: {$ref: '#/components/schemas/ContentPart_G'}
                    name: {type: [string, 'null']}
                AssistantMessage_G:
                  type: object
                  required: [role]
                  properties:
                    role: {const: assistant}
                    content: {anyOf: [{type: string}, {type: 'null'}]}
                    refusal: {type: [string, 'null']}
                    tool_calls:
                      anyOf:
                        - type: array
                          items: {$ref: '#/components/schemas/ToolCall_G'}
                        - type: 'null'
                ToolMessage_G:
                  type: object
                  required: [role, content, tool_call_id]
                  properties:
                    role: {const: tool}
                    content: {type: string}
                    tool_call_id: {type: string}
                ContentPart_G:
                  oneOf:
                    - $ref: '#/components/schemas/TextPart_G'
                    - $ref: '#/components/schemas/ImagePart_G'
                  discriminator:
                    propertyName: type
                    mapping:
                      text: '#/components/schemas/TextPart_G'
                      image_url: '#/components/schemas/ImagePart_G'
                TextPart_G:
                  type: object
                  required: [type, text]
                  properties:
                    type: {type: string, enum: [text]}
                    text: {type: string}
                ImagePart_G:
                  type: object
                  required: [type, image_url]
                  properties:
                    type: {type: string, enum: [image_url]}
                    image_url:
                      type: object
                      required: [url]
                      properties:
                        url: {type: string}
                        detail: {anyOf: [{type: string, enum: [auto, low, high]}, {type: 'null'}]}
                ToolCall_G:
                  type: object
                  required: [id, type, function]
                  properties:
                    id: {type: string}
                    type: {const: function}
                    function:
                      type: object
                      required: [name, arguments]
                      properties:
                        name: {type: string}
                        arguments: {type: string}
                ResponseFormat_G:
                  oneOf:
                    - type: object
                      title: TextFormat
                      required: [type]
                      properties:
                        type: {const: text}
                    - type: object
                      title: JsonSchemaFormat
                      required: [type, json_schema]
                      properties:
                        type: {const: json_schema}
                        json_schema:
                          type: object
                          required: [name]
                          properties:
                            name: {type: string}
                            schema: {type: object, additionalProperties: true}
                            strict: {type: [boolean, 'null']}
                Completion_G:
                  type: object
                  required: [id, object, created, model, choices]
                  properties:
                    id: {type: string}
                    object: {const: chat.completion}
                    created: {type: integer}
                    model: {type: string}
                    choices:
                      type: array
                      items: {$ref: '#/components/schemas/Choice_G'}
                    usage: {anyOf: [{$ref: '#/components/schemas/Usage_G'}, {type: 'null'}]}
                    service_tier: {anyOf: [{type: string, enum: [auto, default, flex]}, {type: 'null'}]}
                    system_fingerprint: {type: [string, 'null']}
                Choice_G:
                  type: object
                  required: [index, message, finish_reason]
                  properties:
                    index: {type: integer}
                    message: {$ref: '#/components/schemas/AssistantMessage_G'}
                    finish_reason: {type: string, enum: [stop, length, tool_calls, content_filter]}
                    logprobs: {anyOf: [{$ref: '#/components/schemas/Logprobs_G'}, {type: 'null'}]}
                Logprobs_G:
                  type: object
                  properties:
                    content:
                      type: [array, 'null']
                      items: {type: object, properties: {token: {type: string}, logprob: {type: number}}}
                Usage_G:
                  type: object
                  required: [prompt_tokens, completion_tokens, total_tokens]
                  properties:
                    prompt_tokens: {type: integer}
                    completion_tokens: {type: integer}
                    total_tokens: {type: integer}
                EmbeddingRequest_G:
                  type: object
                  required: [input, model]
                  properties:
                    input:
                      anyOf:
                        - type: string
                        - type: array
                          items: {type: string}
                        - type: array
                          items: {type: integer}
                        - type: array
                          items: {type: array, items: {type: integer}}
                    model: {type: string}
                    dimensions: {type: [integer, 'null'], minimum: 1}
                Customer_G:
                  type: object
                  required: [id, object]
                  properties:
                    id: {type: string, pattern: '^cus_'}
                    object: {const: customer}
                    email: {anyOf: [{type: string, maxLength: 512}, {type: 'null'}]}
                    balance: {type: integer}
                    created: {type: integer}
                    metadata: {type: object, additionalProperties: {type: string}}
                    default_source:
                      anyOf:
                        - type: string
                        - $ref: '#/components/schemas/Card_G'
                        - $ref: '#/components/schemas/BankAccount_G'
                        - type: 'null'
                DeletedCustomer_G:
                  type: object
                  required: [id, object, deleted]
                  properties:
                    id: {type: string}
                    object: {const: customer}
                    deleted: {const: true}
                CustomerResult_G:
                  anyOf:
                    - $ref: '#/components/schemas/Customer_G'
                    - $ref: '#/components/schemas/DeletedCustomer_G'
                Card_G:
                  type: object
                  required: [id, object, last4]
                  properties:
                    id: {type: string, pattern: '^card_'}
                    object: {const: card}
                    brand: {anyOf: [{type: string}, {type: string, enum: [visa, mastercard, amex]}]}
                    last4: {type: string, minLength: 4, maxLength: 4}
                    exp_month: {type: integer, minimum: 1, maximum: 12}
                BankAccount_G:
                  type: object
                  required: [id, object, last4]
                  properties:
                    id: {type: string, pattern: '^ba_'}
                    object: {const: bank_account}
                    last4: {type: string}
                    status: {type: string, enum: [new, validated, verified, errored]}
                PaymentIntent_G:
                  type: object
                  required: [id, object, amount, currency, status]
                  properties:
                    id: {type: string, pattern: '^pi_'}
                    object: {const: payment_intent}
                    amount: {type: integer, minimum: 0}
                    currency: {type: string, pattern: '^[a-z]{3}$'}
                    status:
                      type: string
                      enum: [requires_payment_method, requires_confirmation, processing, succeeded, canceled]
                    customer:
                      anyOf:
                        - type: string
                        - $ref: '#/components/schemas/Customer_G'
                        - $ref: '#/components/schemas/DeletedCustomer_G'
                        - type: 'null'
                    canceled_at: {type: [integer, 'null']}
                    last_payment_error: {anyOf: [{$ref: '#/components/schemas/ApiError_G'}, {type: 'null'}]}
                ApiError_G:
                  type: object
                  required: [type]
                  properties:
                    type: {type: string, enum: [api_error, card_error, invalid_request_error]}
                    code: {type: [string, 'null']}
                    message: {type: [string, 'null']}
                    param: {type: [string, 'null']}
                StreamEvent_G:
                  oneOf:
                    - $ref: '#/components/schemas/ResponseCreated_G'
                    - $ref: '#/components/schemas/TextDelta_G'
                    - $ref: '#/components/schemas/ResponseCompleted_G'
                    - $ref: '#/components/schemas/StreamError_G'
                ResponseCreated_G:
                  type: object
                  required: [type, sequence_number, response]
                  properties:
                    type: {const: response.created}
                    sequence_number: {type: integer}
                    response: {$ref: '#/components/schemas/Completion_G'}
                TextDelta_G:
                  type: object
                  required: [type, sequence_number, delta]
                  properties:
                    type: {const: response.output_text.delta}
                    sequence_number: {type: integer}
                    delta: {type: string}
                    logprobs: {type: [array, 'null'], items: {type: number}}
                ResponseCompleted_G:
                  type: object
                  required: [type, sequence_number, response]
                  properties:
                    type: {const: response.completed}
                    sequence_number: {type: integer}
                    response: {$ref: '#/components/schemas/Completion_G'}
                StreamError_G:
                  type: object
                  required: [type, sequence_number, error]
                  properties:
                    type: {const: error}
                    sequence_number: {type: integer}
                    error: {$ref: '#/components/schemas/ApiError_G'}
            """;

    private static final String PATHS = """
              /v1/groups_G/chat/completions:
                post:
                  operationId: createChatCompletion_G
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/ChatRequest_G'}
                  responses:
                    '200':
                      description: The completion, or one event of its stream.
                      content:
                        application/json:
                          schema:
                            anyOf:
                              - $ref: '#/components/schemas/Completion_G'
                              - $ref: '#/components/schemas/StreamEvent_G'
              /v1/groups_G/customers/{id}:
                delete:
                  operationId: deleteCustomer_G
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: The deleted customer.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/CustomerResult_G'}
                post:
                  operationId: createPaymentIntent_G
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/EmbeddingRequest_G'}
                  responses:
                    '200':
                      description: The payment intent.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/PaymentIntent_G'}
            """;

    private AiApiSpecs() {
    }

    /** Writes a spec of {@code groups} groups of {@value #SCHEMAS_PER_GROUP} schemas to {@code file}. */
    static Path write(Path file, int groups) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                openapi: 3.1.0
                info: {title: AI and payments, version: '1'}
                servers: [{url: 'https://api.example.com'}]
                paths:
                """);
        for (int g = 1; g <= groups; g++) {
            yaml.append(PATHS.replace("_G", "_" + g).replace("groups_" + g, "groups" + g));
        }
        yaml.append("components:\n  schemas:\n");
        for (int g = 1; g <= groups; g++) {
            yaml.append(GROUP.replace("_G", "_" + g));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }
}
