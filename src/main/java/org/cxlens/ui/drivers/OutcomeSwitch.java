package org.cxlens.ui.drivers;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.cxlens.report.PageTexts;

/**
 * The outcome choice of the drivers and priorities pages: two toggle buttons bound to the shared
 * outcome, and, when the project has no recommend item, the recommend button disabled with a
 * sentence saying why (a disabled button shows no tooltip).
 */
public final class OutcomeSwitch {

    private final HBox root = new HBox(6);
    private final ToggleButton recommend;
    private final Label noRecommend;
    // Held here, registered weakly: the outcome outlives a page rebuilt by a language switch.
    private final ChangeListener<OutcomeChoice> outcomeChanged;

    public OutcomeSwitch(ObjectProperty<OutcomeChoice> outcome, PageTexts texts) {
        Label caption = new Label(texts.text("drivers.outcome"));
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        ToggleButton delight = null;
        ToggleButton recommendButton = null;
        for (OutcomeChoice choice : OutcomeChoice.values()) {
            ToggleButton button = new ToggleButton(texts.text(choice.labelKey()));
            button.getStyleClass().add("outcome-" + choice.name());
            button.setUserData(choice);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(texts.text(choice.labelKey() + ".tip")));
            button.setSelected(outcome.get() == choice);
            buttons.getChildren().add(button);
            if (choice == OutcomeChoice.RECOMMEND) {
                recommendButton = button;
            } else {
                delight = button;
            }
        }
        recommend = recommendButton;
        ToggleButton delightButton = delight;
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // A toggle group lets the chosen button be clicked off; an outcome is always chosen.
                old.setSelected(true);
            } else {
                outcome.set((OutcomeChoice) selected.getUserData());
            }
        });
        outcomeChanged = (obs, old, o) -> (o == OutcomeChoice.RECOMMEND ? recommend : delightButton).setSelected(true);
        outcome.addListener(new WeakChangeListener<>(outcomeChanged));
        caption.setLabelFor(delightButton);
        noRecommend = new Label(texts.text("drivers.outcome.noRecommend"));
        noRecommend.getStyleClass().add("no-recommend");
        noRecommend.setWrapText(true);
        root.getChildren().addAll(caption, buttons, noRecommend);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("outcome-switch");
        setRecommendAvailable(true);
    }

    public Node node() {
        return root;
    }

    public void setRecommendAvailable(boolean available) {
        recommend.setDisable(!available);
        noRecommend.setVisible(!available);
        noRecommend.setManaged(!available);
    }
}
