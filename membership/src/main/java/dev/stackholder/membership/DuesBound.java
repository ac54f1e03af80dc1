package dev.stackholder.membership;

/** Which bound of a percent-of-revenue rule decided the dues, when one did. */
public enum DuesBound {
  /** The percentage came to less than the minimum, so the minimum is due. */
  MINIMUM,
  /** The percentage came to more than the maximum, so the maximum is due. */
  MAXIMUM
}
