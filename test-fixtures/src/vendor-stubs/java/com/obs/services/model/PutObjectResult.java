package com.obs.services.model;

/** Stand-in for esdk-obs-java's put result. */
public class PutObjectResult {
}
