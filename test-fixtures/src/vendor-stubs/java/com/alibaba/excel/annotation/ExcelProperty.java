package com.alibaba.excel.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stand-in for EasyExcel's com.alibaba:easyexcel ExcelProperty (its label is value, the column headers). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExcelProperty {
  String[] value() default {""};
}
