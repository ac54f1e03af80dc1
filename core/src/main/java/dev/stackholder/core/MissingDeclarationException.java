package dev.stackholder.core;

/**
 * A calculation needs a figure the caller did not declare: the annual revenue of a member whose
 * dues are a percentage of revenue, or the head count of a member whose dues are banded by
 * employees. The message names the figure and who needed it. Nothing is assumed in its place.
 *
 * <p>Immutable once thrown.
 */
public class MissingDeclarationException extends StackholderException {
  private static final long serialVersionUID = 1L;

  /** The figure the calculation needed, such as {@code "revenue"}. */
  private final String figure;

  /**
   * Reports a figure the caller must declare and did not.
   *
   * @param figure the figure that was not declared, as the API names it: {@code "annualRevenue"},
   *     {@code "employees"}
   * @param message what needed it and how to declare it
   */
  public MissingDeclarationException(String figure, String message) {
    super(message);
    this.figure = figure;
  }

  /** {@return the figure that was not declared: {@code "annualRevenue"} or {@code "employees"}} */
  public String figure() {
    return figure;
  }
}
