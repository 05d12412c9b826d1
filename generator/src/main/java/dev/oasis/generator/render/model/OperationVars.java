package dev.oasis.generator.render.model;

import java.util.List;

/**
 * One operation of an API class.
 *
 * @param operationIdLiteral the spec's operationId as a Java string literal
 * @param methodName the Java method name
 * @param withHttpInfoName the method that also returns status, headers and deviations
 * @param asyncName the non-blocking method
 * @param withHttpInfoAsyncName the non-blocking method that also returns status, headers and deviations
 * @param requestMethodName the private method that builds the request
 * @param optionsParameterName the name of the options parameter; used when {@code optionalParameters} is not empty
 * @param httpMethod the HTTP method in upper case
 * @param pathLiteral the path template as a Java string literal
 * @param docLines the summary and description as escaped Javadoc lines
 * @param deprecated whether the operation is deprecated
 * @param unstable whether the operation is marked {@code x-unstable}
 * @param returnType the Java type of the success body: a model, {@code String} for text, {@code byte[]} for
 *     binary bodies, {@code Void} when there is none
 * @param methodReturnType the blocking method's return type: {@code returnType}, or {@code void} when there is no body
 * @param returnsBody whether the operation has a success body
 * @param responseReader the {@code BodyReader} expression that reads the success body, such as
 *     {@code BodyReader.json(Pet.CODEC)} or {@code BodyReader.none()}
 * @param acceptLiteral the Accept header value as a Java string literal
 * @param parameters all parameters, required first, in spec order; a form body's fields and their
 *     part headers are parameters too, after the spec's
 * @param requiredParameters the required parameters, which become method arguments
 * @param optionalParameters the optional parameters, which travel in an options object
 * @param requestParameters all parameters in the order the request sends them: the spec's (required
 *     first), then a form body's fields in schema order, each followed by its part headers
 * @param optionsClassName the name of the nested options class; used when {@code optionalParameters} is not empty
 * @param hasOptions whether the operation has optional parameters
 * @param bodyParameter the request body as a parameter, or empty; empty for form bodies, whose fields are parameters
 * @param formBody the form body the fields are sent in, or empty
 * @param streamed the method returning a binary or text body as a stream, or empty
 * @param pagination the method returning the items of every page, or empty
 * @param errorResponses the error responses that declare a JSON body
 * @param securityLiteral the security alternatives as a Java expression of type {@code List<List<String>>}
 * @param signature the full parameter list: required parameters, the body, then the options object if any
 * @param arguments the names of {@code signature}'s parameters, comma-separated
 * @param requiredSignature the parameter list without the options object
 * @param defaultOptionsArguments the arguments that call the full method with empty options
 */
public record OperationVars(
        String operationIdLiteral,
        String methodName,
        String withHttpInfoName,
        String asyncName,
        String withHttpInfoAsyncName,
        String requestMethodName,
        String optionsParameterName,
        String httpMethod,
        String pathLiteral,
        List<String> docLines,
        boolean deprecated,
        boolean unstable,
        String returnType,
        String methodReturnType,
        boolean returnsBody,
        String responseReader,
        String acceptLiteral,
        List<ParameterVars> parameters,
        List<ParameterVars> requiredParameters,
        List<ParameterVars> optionalParameters,
        List<ParameterVars> requestParameters,
        String optionsClassName,
        boolean hasOptions,
        List<BodyVars> bodyParameter,
        List<FormBodyVars> formBody,
        List<StreamedVars> streamed,
        List<PaginationVars> pagination,
        List<ErrorVars> errorResponses,
        String securityLiteral,
        String signature,
        String arguments,
        String requiredSignature,
        String defaultOptionsArguments) {

    /**
     * The request body of an operation.
     *
     * @param name the Java parameter name
     * @param javaType the Java type: a model for JSON, {@code String} for text, {@code FilePart} for binary bodies
     * @param arguments the arguments of {@code ApiRequest.Builder.body}: the codec for JSON, the value and the
     *     Content-Type literal
     * @param required whether the body is required
     */
    public record BodyVars(String name, String javaType, String arguments, boolean required) {
    }

    /**
     * A form body, sent field by field.
     *
     * @param builderMethod the {@code ApiRequest.Builder} method that declares it: {@code form} or {@code multipart}
     * @param mediaTypeLiteral its media type as a Java string literal
     * @param required whether it is sent even when no field is set
     */
    public record FormBodyVars(String builderMethod, String mediaTypeLiteral, boolean required) {
    }

    /**
     * The method that returns a binary or text success body as a {@code ResponseStream}.
     *
     * @param streamedName its name
     */
    public record StreamedVars(String streamedName) {
    }

    /**
     * The method that returns the items of every page of a paginated operation, fetched lazily.
     *
     * @param paginatedName its name
     * @param constantName the API class's constant holding the {@code Paging}
     * @param pageType the Java type of one page's body
     * @param itemType the Java type of one item
     * @param pageReader the {@code BodyReader} expression that reads one page
     * @param paginationExpression the expression that builds the {@code Paging}: where the page
     *     position and size travel, the default size and the getters of the items and the next cursor
     * @param docLine what the method pages by, as an escaped Javadoc sentence
     */
    public record PaginationVars(String paginatedName, String constantName, String pageType, String itemType, String pageReader,
            String paginationExpression, String docLine) {
    }

    /**
     * A declared error response with a JSON body.
     *
     * @param statusLiteral the status as a Java string literal: a code, a range such as {@code "4XX"}, or {@code "default"}
     * @param codec the codec expression of the error body
     */
    public record ErrorVars(String statusLiteral, String codec) {
    }
}
