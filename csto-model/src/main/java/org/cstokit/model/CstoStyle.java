package org.cstokit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on every package of the model.
 *
 * <p>Generated {@code Immutable*} classes are package-private and hidden behind the abstract
 * type ({@code overshadowImplementation}); callers use the abstract type's {@code builder()} and
 * named factories. Missing mandatory attributes and {@code null}s raise
 * {@link InvalidValueException}. Collections are Guava immutable collections that keep the
 * order in which values were added (or natural order where an attribute is declared sorted).
 *
 * <p>A builder's {@code from(value)} copies every attribute of a value of the same type. Its
 * overload for the supertype {@link org.cstokit.model.source.Fact} copies the citations and
 * disputes but not {@code id()}, whose return type each fact narrows (a {@code RecordId}, a
 * {@code StateCode}); Immutables reports that as an {@code immutables:from} warning, which the
 * fact types silence with {@code @SuppressWarnings("immutables:from")} because it is the intended
 * behaviour: an id is never copied from another kind of record.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    get = {"is*", "get*"},
    depluralize = true,
    jdkOnly = false,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface CstoStyle {}
