package dev.stackholder.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Stackholder value type: an abstract {@code X} generates
 * {@code ImmutableX} with {@code builder()} and {@code copyOf}, Guava immutable collections, and no
 * nulls anywhere (absent values are {@link java.util.Optional}).
 *
 * <p>Put it on a package ({@code package-info.java}) or a type; modules other than core use it too.
 * {@code allowedClasspathAnnotations} keeps {@code javax.annotation.processing.Generated} out of the
 * generated code, which would otherwise need {@code java.compiler} at run time under JPMS.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    allParameters = false,
    defaultAsDefault = true,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class})
public @interface StackholderStyle {}
