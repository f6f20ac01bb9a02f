package org.storyline.model;

public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
