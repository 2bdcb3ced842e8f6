package com.alibaba.fastjson;

/** Stand-in for fastjson's entry point (com.alibaba:fastjson): names and signatures only. */
public abstract class JSON {
  public static String toJSONString(Object object) {
    return String.valueOf(object);
  }
}
