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
 * @param parameters all parameters, required first, in spec order
 * @param requiredParameters the required parameters, which become method arguments
 * @param optionalParameters the optional parameters, which travel in an options object
 * @param optionsClassName the name of the nested options class; used when {@code optionalParameters} is not empty
 * @param hasOptions whether the operation has optional parameters
 * @param bodyParameter the request body as a parameter, or empty
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
        String optionsClassName,
        boolean hasOptions,
        List<BodyVars> bodyParameter,
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
     * @param javaType the Java type: a model for JSON, {@code String} for text, {@code byte[]} for binary bodies
     * @param arguments the arguments of {@code ApiRequest.Builder.body}: the codec for JSON, the value and the
     *     Content-Type literal
     * @param required whether the body is required
     */
    public record BodyVars(String name, String javaType, String arguments, boolean required) {
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
