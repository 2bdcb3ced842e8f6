package dev.datawarden.analyzer.report;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker set-up of the HTML reports: templates beside this class, every value escaped for
 * HTML unless a template says otherwise (none does), locale-independent numbers, and errors that
 * fail the rendering instead of leaving half a page.
 */
final class Templates {
  private static final Configuration CONFIGURATION = configuration();

  private Templates() {}

  private static Configuration configuration() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassForTemplateLoading(Templates.class, "/dev/datawarden/analyzer/report/");
    c.setDefaultEncoding("UTF-8");
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setRecognizeStandardFileExtensions(true);
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    return c;
  }

  /** Renders {@code name} (a {@code .ftlh} template) with {@code model}. */
  static String render(String name, Map<String, Object> model) {
    try {
      StringWriter out = new StringWriter();
      CONFIGURATION.getTemplate(name).process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report template " + name, e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the report template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
