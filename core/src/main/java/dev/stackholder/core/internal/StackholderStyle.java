package dev.stackholder.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Stackholder value type. An abstract {@code X} generates a
 * package-private {@code ImmutableX}: users never see it, so a computed result (a quote, a ranked
 * table) cannot be forged through a generated builder, and the API can change its implementation.
 *
 * <p>A type users construct exposes its own builder on the abstract type, the "sandwich" pattern:
 *
 * <pre>{@code
 * public abstract class Organization {
 *   public static Builder builder() { return new Builder(); }
 *   public static final class Builder extends ImmutableOrganization.Builder {
 *     Builder() {}
 *   }
 * }
 * }</pre>
 *
 * The generated builder's setters then return {@code Organization.Builder} and, with {@code
 * overshadowImplementation}, {@code build()} returns {@code Organization}. A type only the library
 * computes declares no public builder; its package builds it through {@code ImmutableX}.
 *
 * <p>Collections are Guava immutable ones and there are no nulls (absent values are {@link
 * java.util.Optional}). {@code allowedClasspathAnnotations} keeps {@code
 * javax.annotation.processing.Generated} out of the generated code, which would otherwise need
 * {@code java.compiler} at run time under JPMS.
 *
 * <p>An annotation: nothing to share between threads.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = false,
    allParameters = false,
    defaultAsDefault = true,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class})
public @interface StackholderStyle {}
