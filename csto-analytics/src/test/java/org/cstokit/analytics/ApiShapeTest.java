package org.cstokit.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the analytics API: no public method of a public type takes more than four
 * parameters or a {@code boolean} — a call site with five arguments or a bare {@code true} cannot
 * be read without the Javadoc. Inputs with more parts are case values with builders; yes/no inputs
 * are enums. (The canonical constructors of result rows, which the library builds and callers
 * read, are not methods and are not held to it.)
 */
class ApiShapeTest {
  private static JavaClasses analytics;

  @BeforeAll
  static void importAnalytics() {
    analytics = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.cstokit.analytics");
  }

  private static final DescribedPredicate<JavaMethod> PUBLIC_API = DescribedPredicate.describe(
      "public methods of public types", u -> u.getModifiers().contains(JavaModifier.PUBLIC)
          && !u.getModifiers().contains(JavaModifier.SYNTHETIC) && !u.getModifiers().contains(JavaModifier.BRIDGE)
          && publicType(u.getOwner()));

  private static boolean publicType(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static ArchCondition<JavaMethod> takeAtMostFourParametersAndNoBoolean() {
    return new ArchCondition<>("take at most four parameters and no boolean") {
      @Override
      public void check(JavaMethod u, ConditionEvents events) {
        int n = u.getRawParameterTypes().size();
        if (n > 4) {
          events.add(SimpleConditionEvent.violated(u, u.getFullName() + " takes " + n + " parameters"));
        }
        u.getRawParameterTypes().stream()
            .filter(t -> t.getName().equals("boolean") || t.getName().equals(Boolean.class.getName()))
            .findFirst()
            .ifPresent(t -> events.add(SimpleConditionEvent.violated(u, u.getFullName() + " takes a boolean")));
      }
    };
  }

  @Test
  void no_public_method_takes_more_than_four_parameters_or_a_boolean() {
    ArchRule rule = methods().that(PUBLIC_API).should(takeAtMostFourParametersAndNoBoolean());
    rule.check(analytics);
  }

  @Test
  void the_rule_sees_the_public_api() {
    // a rule that sees nothing passes vacuously: the evaluate methods must be among what it checks
    long seen = analytics.stream().flatMap(c -> c.getMethods().stream()).filter(PUBLIC_API)
        .filter(u -> u.getName().equals("evaluate")).count();
    assertTrue(seen >= 9, "evaluate methods seen: " + seen);
  }
}
