package org.neverout.model;

/** Something in the model with an id and optional reliability figures. */
public interface Element {
    String id();

    Reliability reliability();
}
