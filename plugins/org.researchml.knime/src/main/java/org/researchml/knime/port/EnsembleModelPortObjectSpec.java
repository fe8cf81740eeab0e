package org.researchml.knime.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * Description of an ensemble that is known before training: the feature columns it expects, one description per
 * member and the combination rule. A learner computes it in {@code configure}, so downstream predictors can check
 * their input columns early.
 */
public final class EnsembleModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Serializer registered in plugin.xml as {@code specSerializer}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<EnsembleModelPortObjectSpec> {
    }

    private static final String FEATURES_KEY = "feature_names";
    private static final String MEMBERS_KEY = "members";
    private static final String COMBINATION_KEY = "combination";

    private List<String> featureNames = List.of();
    private List<String> members = List.of();
    private String combination = "";

    /** Creates an empty spec; KNIME's serializer needs this constructor and then calls {@link #load}. */
    public EnsembleModelPortObjectSpec() {
    }

    /**
     * Creates a spec.
     *
     * @param featureNames feature columns in training order
     * @param members one description per member, for example {@code Random forest (trees=100)}
     * @param combination name of the combination rule, for example {@code SOFT_VOTING}
     */
    public EnsembleModelPortObjectSpec(List<String> featureNames, List<String> members, String combination) {
        this.featureNames = List.copyOf(featureNames);
        this.members = List.copyOf(members);
        this.combination = combination;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public List<String> members() {
        return members;
    }

    public String combination() {
        return combination;
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addStringArray(FEATURES_KEY, featureNames.toArray(new String[0]));
        model.addStringArray(MEMBERS_KEY, members.toArray(new String[0]));
        model.addString(COMBINATION_KEY, combination);
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        featureNames = List.of(model.getStringArray(FEATURES_KEY));
        members = List.of(model.getStringArray(MEMBERS_KEY));
        combination = model.getString(COMBINATION_KEY);
    }

    @Override
    public String toString() {
        return "Ensemble of " + members.size() + " members (" + combination + ") on " + featureNames.size()
                + " features";
    }
}
