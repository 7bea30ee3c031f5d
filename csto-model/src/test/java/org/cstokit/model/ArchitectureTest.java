package org.cstokit.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Architecture rules of csto-model. */
class ArchitectureTest {
  private static JavaClasses model;

  @BeforeAll
  static void importModel() {
    model = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.cstokit.model");
  }

  private static boolean generated(JavaClass c) {
    return c.getName().startsWith("org.cstokit.") && (c.getSimpleName().startsWith("Immutable") || c.getName().contains(".Immutable"));
  }

  @Test
  void no_generated_immutable_type_appears_in_a_public_signature() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : model) {
      if (generated(c) || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      c.getRawSuperclass().filter(s -> generated(s) && !c.getSimpleName().equals("Builder"))
          .ifPresent(s -> leaks.add(c.getName() + " extends " + s.getName()));
      for (JavaCodeUnit m : c.getCodeUnits()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        if (generated(m.getRawReturnType())) {
          leaks.add(m.getFullName() + " returns " + m.getRawReturnType().getName());
        }
        m.getRawParameterTypes().stream().filter(ArchitectureTest::generated)
            .forEach(p -> leaks.add(m.getFullName() + " takes " + p.getName()));
      }
      for (JavaField f : c.getFields()) {
        if (f.getModifiers().contains(JavaModifier.PUBLIC) && generated(f.getRawType())) {
          leaks.add(f.getFullName());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void generated_types_are_not_public() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic().check(model);
  }

  @Test
  void the_model_depends_only_on_the_jdk_guava_immutables_and_jackson_annotations() {
    // The databind marker classes (JsonSerializer.None, …) are only the default values of the
    // members of @JsonSerialize/@JsonDeserialize; no databind code runs in the model.
    DescribedPredicate<JavaClass> annotationDefaults = DescribedPredicate.describe("databind annotation defaults",
        c -> c.getName().matches("com\\.fasterxml\\.jackson\\.databind\\.(util\\.)?[A-Za-z]+\\$None"));
    classes().should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
            "java..", "javax.annotation..", "com.google.common..", "com.google.errorprone.annotations..",
            "org.immutables.value..", "com.fasterxml.jackson.annotation..",
            "com.fasterxml.jackson.databind.annotation..", "org.cstokit.model..").or(annotationDefaults))
        .check(model);
  }

  @Test
  void no_legacy_date_types_are_used() {
    noClasses().should().dependOnClassesThat().belongToAnyOf(java.util.Date.class, java.util.Calendar.class,
        java.sql.Date.class, java.sql.Timestamp.class).check(model);
  }

  @Test
  void internal_packages_are_not_used_outside_the_model() {
    classes().that().resideInAPackage("..internal..").should().onlyBeAccessed()
        .byAnyPackage("org.cstokit.model..").check(model);
  }
}
