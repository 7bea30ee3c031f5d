package org.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled data set is read without Jackson's data binding: in a fresh class loader over the
 * test's class path, {@code CstoData.bundled()} loads no class of {@code com.fasterxml.jackson.databind},
 * while a load through the general path does (the control, so that the check can fail).
 */
class ColdPathTest {
  private static final String MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";

  /** A class loader over the class path that tells which classes it has loaded. */
  private static final class Fresh extends URLClassLoader {
    Fresh() throws Exception {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }
  }

  private static URL[] classPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    return urls.toArray(new URL[0]);
  }

  @Test
  void the_bundled_data_set_loads_without_data_binding() throws Exception {
    try (Fresh fresh = new Fresh()) {
      Class<?> cstoData = Class.forName(CstoData.class.getName(), true, fresh);
      assertEquals(fresh, cstoData.getClassLoader(), "the class comes from the fresh loader");
      Method bundled = cstoData.getMethod("bundled");
      Object data = bundled.invoke(null);
      assertEquals(Dataset.class.getName(), data.getClass().getName());
      assertEquals(false, fresh.loaded(MAPPER), "CstoData.bundled() loaded " + MAPPER);
      assertEquals(false, fresh.loaded("com.fasterxml.jackson.databind.JsonNode"), "CstoData.bundled() loaded JsonNode");
    }
  }

  @Test
  void the_general_path_loads_data_binding_so_the_check_can_fail() throws Exception {
    try (Fresh fresh = new Fresh()) {
      Class<?> loader = Class.forName(DataLoader.class.getName(), true, fresh);
      Class<?> source = Class.forName(DataSource.class.getName(), true, fresh);
      Constructor<?> general = loader.getDeclaredConstructor(source, boolean.class);
      general.setAccessible(true);
      Object dataLoader = general.newInstance(source.getMethod("bundled").invoke(null), false);
      loader.getMethod("load").invoke(dataLoader);
      assertEquals(true, fresh.loaded(MAPPER), "the general path loaded " + MAPPER);
    }
  }
}
