package org.researchml.knime.ensemble.learner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.researchml.core.ensemble.MemberKind;
import org.researchml.core.ensemble.MemberOption;
import org.researchml.core.ensemble.MemberSpec;

/**
 * Settings of one member kind: whether it is part of the ensemble and a settings model per option of the kind.
 * Keys are {@code <kind>_enabled} and {@code <kind>_<option>} in lower_snake_case, for example
 * {@code random_forest_number_of_trees}; ranges and defaults come from {@link MemberOption}.
 */
final class MemberSettings {

    /** Dialog labels per option, {@code KIND.option}; units and special values are in the node description. */
    private static final Map<String, String> OPTION_LABELS = Map.ofEntries(
            Map.entry("LOGISTIC_REGRESSION.ridge", "Logistic regression ridge penalty"),
            Map.entry("LOGISTIC_REGRESSION.maxIterations", "Logistic regression maximum iterations"),
            Map.entry("LINEAR_DISCRIMINANT.ridge", "LDA ridge"),
            Map.entry("NAIVE_BAYES.useKernelEstimator", "Naive Bayes kernel density estimate"),
            Map.entry("J48.confidenceFactor", "J48 pruning confidence"),
            Map.entry("J48.minLeafSize", "J48 minimum rows per leaf"),
            Map.entry("J48.unpruned", "J48 unpruned tree"),
            Map.entry("J48.subtreeRaising", "J48 subtree raising"),
            Map.entry("J48.seed", "J48 seed"),
            Map.entry("RANDOM_FOREST.numberOfTrees", "Random forest trees"),
            Map.entry("RANDOM_FOREST.maxDepth", "Random forest maximum depth"),
            Map.entry("RANDOM_FOREST.minLeafSize", "Random forest minimum rows per leaf"),
            Map.entry("RANDOM_FOREST.featuresPerSplit", "Random forest features per split"),
            Map.entry("RANDOM_FOREST.bagSizePercent", "Random forest bag size (%)"),
            Map.entry("RANDOM_FOREST.executionSlots", "Random forest threads"),
            Map.entry("RANDOM_FOREST.seed", "Random forest seed"),
            Map.entry("HISTOGRAM_RANDOM_FOREST.numberOfTrees", "Histogram forest trees"),
            Map.entry("HISTOGRAM_RANDOM_FOREST.maxDepth", "Histogram forest maximum depth"),
            Map.entry("HISTOGRAM_RANDOM_FOREST.minLeafSize", "Histogram forest minimum rows per leaf"),
            Map.entry("HISTOGRAM_RANDOM_FOREST.featuresPerSplit", "Histogram forest features per split"),
            Map.entry("HISTOGRAM_RANDOM_FOREST.bagSizePercent", "Histogram forest bag size (%)"),
            Map.entry("HISTOGRAM_RANDOM_FOREST.executionSlots", "Histogram forest threads"),
            Map.entry("HISTOGRAM_RANDOM_FOREST.seed", "Histogram forest seed"));

    final MemberKind kind;
    final SettingsModelBoolean enabled;

    /** Option name to settings model, in the kind's option order. */
    final Map<String, SettingsModel> options = new LinkedHashMap<>();

    MemberSettings(MemberKind kind) {
        this.kind = kind;
        // The histogram forest is off by default: it is the fast alternative to Weka's random forest for large tables.
        this.enabled = new SettingsModelBoolean(prefix(kind) + "_enabled", kind != MemberKind.HISTOGRAM_RANDOM_FOREST);
        for (MemberOption option : kind.options()) {
            String key = prefix(kind) + "_" + snakeCase(option.name());
            options.put(option.name(), switch (option.type()) {
                case BOOLEAN -> new SettingsModelBoolean(key, (Boolean) option.defaultValue());
                case INTEGER -> new SettingsModelIntegerBounded(key, (Integer) option.defaultValue(),
                        (int) option.min(), (int) option.max());
                case DECIMAL -> new SettingsModelDoubleBounded(key, (Double) option.defaultValue(), option.min(),
                        option.max());
            });
        }
    }

    /** Returns the label of the enable check box, which is the member's display name. */
    String enabledLabel() {
        return kind.displayName();
    }

    static String optionLabel(MemberKind kind, String optionName) {
        String label = OPTION_LABELS.get(kind.name() + "." + optionName);
        if (label == null) {
            throw new IllegalStateException("No dialog label for option " + optionName + " of " + kind + ".");
        }
        return label;
    }

    List<SettingsModel> models() {
        List<SettingsModel> models = new ArrayList<>();
        models.add(enabled);
        models.addAll(options.values());
        return models;
    }

    /** Returns the member with the current option values. */
    MemberSpec toSpec() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, SettingsModel> entry : options.entrySet()) {
            SettingsModel model = entry.getValue();
            Object value;
            if (model instanceof SettingsModelBoolean flag) {
                value = flag.getBooleanValue();
            } else if (model instanceof SettingsModelIntegerBounded integer) {
                value = integer.getIntValue();
            } else {
                value = ((SettingsModelDoubleBounded) model).getDoubleValue();
            }
            values.put(entry.getKey(), value);
        }
        return new MemberSpec(kind, values);
    }

    static String prefix(MemberKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Converts a camelCase option name to lower_snake_case, for example {@code minLeafSize} to {@code min_leaf_size}. */
    static String snakeCase(String camelCase) {
        StringBuilder snake = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
