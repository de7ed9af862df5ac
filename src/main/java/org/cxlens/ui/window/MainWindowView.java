package org.cxlens.ui.window;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.ui.overview.OverviewView;
import org.cxlens.ui.overview.OverviewViewModel;
import org.cxlens.ui.BackgroundPriority;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.PieceByPulse;
import org.cxlens.ui.Views;
import org.cxlens.ui.classification.ClassificationEditorView;
import org.cxlens.ui.classification.ClassificationWindow;
import org.cxlens.ui.export.ExportViewModel;
import org.cxlens.ui.export.ExportWindow;
import org.cxlens.workspace.OpenProject;
import org.cxlens.ui.departments.DepartmentsView;
import org.cxlens.ui.comments.CommentsView;
import org.cxlens.ui.drill.DrillDownDialog;
import org.cxlens.ui.drill.DrillDownViewModel;
import org.cxlens.ui.drivers.DriversView;
import org.cxlens.ui.filter.FilterChip;
import org.cxlens.ui.filter.FilterPanel;
import org.cxlens.ui.filter.FilterViewModel;
import org.cxlens.ui.heatmap.HeatmapView;
import org.cxlens.ui.journey.JourneyView;
import org.cxlens.ui.priorities.PrioritiesView;
import org.cxlens.ui.project.ProjectView;
import org.cxlens.ui.start.RecentFile;
import org.cxlens.ui.start.StartActions;
import org.cxlens.ui.start.StartView;
import org.cxlens.ui.start.StartViewModel;
import org.cxlens.ui.touchpoints.TouchpointsView;
import org.cxlens.ui.touchpoints.TouchpointsViewModel;
import org.cxlens.ui.trend.TrendView;

/**
 * The main window's content: menus, page list, the current page or the start page, status bar.
 * Binds {@link MainWindowViewModel}; built again, in the new language, when the language changes.
 */
public final class MainWindowView {

    /** The page-list entry below the line that parts the project's own page from its figures. */
    private static final PseudoClass SEPARATED = PseudoClass.getPseudoClass("separated");
    /** How visible a page is while its figures for a changed filter are computed. */
    private static final double OUT_OF_DATE_OPACITY = 0.45;

    private final MainWindowViewModel model;
    private final WindowActions actions;
    private final ResourceBundle bundle;
    private final OverviewViewModel overview;
    private final TouchpointsViewModel touchpoints = new TouchpointsViewModel();
    // Held here, registered weakly: an old view left behind by a language switch stops listening.
    private final ListChangeListener<RecentFile> recentChanged = c -> fillRecentMenu();
    private final ChangeListener<OverviewData> overviewChanged = (obs, old, d) -> showOverview();
    private final ListChangeListener<FilterChip> chipsChanged = c -> fillChips();
    private final ChangeListener<DrillDownViewModel> drillRequested = (obs, old, d) -> showDrillDown(d);
    private final ChangeListener<Page> pageChanged = (obs, old, page) -> showPage(page);
    private final ChangeListener<Boolean> presentationChanged = (obs, old, on) -> showPresentation(on);
    private final ChangeListener<Boolean> computingChanged = (obs, old, on) -> showComputing(on);
    private final ChangeListener<Boolean> projectNeededChanged = (obs, old, needed) -> buildProjectPane();
    private final ChangeListener<Boolean> reportChanged = (obs, old, report) -> rebuildProjectPage();
    private BooleanBinding projectNeeded;
    /** Whether a project is shown: open, or its stored overview while it loads. */
    private BooleanBinding shown;
    private PieceByPulse ahead;
    /** Made a pulse before it joins the window when built ahead ({@link #buildAhead}). */
    private FilterPanel filterPanel;
    private Parent startPage;
    private final Map<Page, Supplier<Node>> pageFactories = new EnumMap<>(Page.class);
    private final Map<Page, Node> pageNodes = new EnumMap<>(Page.class);

    @FXML private MenuItem openItem;
    @FXML private Menu recentMenu;
    @FXML private MenuItem demoItem;
    @FXML private MenuItem newFromSurveyItem;
    @FXML private MenuItem importWaveItem;
    @FXML private MenuItem saveCopyItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem exportChartItem;
    @FXML private Menu fileMenu;
    @FXML private MenuItem saveReportItem;
    @FXML private HBox reportNoteBar;
    @FXML private Label reportNoteLabel;
    @FXML private Button reportNoteClose;
    @FXML private MenuItem closeItem;
    @FXML private CheckMenuItem filtersItem;
    @FXML private Menu pagesMenu;
    @FXML private CheckMenuItem presentationItem;
    @FXML private BorderPane windowRoot;
    @FXML private HBox statusBar;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem dutchItem;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private MenuItem aboutItem;
    @FXML private MenuItem classificationItem;
    @FXML private ListView<Page> pageList;
    @FXML private StackPane centre;
    @FXML private BorderPane projectPane;
    @FXML private HBox chipRow;
    @FXML private Button resetButton;
    @FXML private ToggleButton filtersToggle;
    @FXML private Label filterSeparator;
    @FXML private Label filterLabel;
    @FXML private Label projectLabel;
    @FXML private Label respondentsSeparator;
    @FXML private Label respondentsLabel;
    @FXML private Label noticeLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;

    MainWindowView(MainWindowViewModel model, WindowActions actions) {
        this.model = model;
        this.actions = actions;
        this.bundle = model.bundle();
        this.overview = new OverviewViewModel(bundle);
    }

    /** Loads the window's content in the model's current language. */
    static Parent load(MainWindowViewModel model, WindowActions actions) {
        MainWindowView view = new MainWindowView(model, actions);
        return Views.load(MainWindowView.class, model.bundle(), c -> view);
    }

    @FXML
    private void initialize() {
        // A project loading shows its stored overview and page list: a page chosen meanwhile follows when it is open.
        shown = model.projectProperty().isNotNull().or(model.loadingProperty());
        bindMenus();
        pageList.visibleProperty().bind(shown.and(model.presentationProperty().not()));
        pageList.managedProperty().bind(pageList.visibleProperty());
        bindStartPage();
        bindStatusBar();
        windowRoot.addEventHandler(ChartPicture.REQUESTED, actions::saveChartPicture);
        // The pages and the filter panel are not built before the start page's first frame: after
        // it, a piece a pulse (buildAhead), or all at once when a project is opened before that.
        centre.getChildren().remove(projectPane);
        windowRoot.getProperties().put(MainWindowView.class, this);
        projectNeeded = model.projectProperty().isNotNull().or(model.busyProperty());
        projectNeeded.addListener(new WeakChangeListener<>(projectNeededChanged));
        buildProjectPane();
    }

    /**
     * Builds the hidden project pane of the window's {@code content} ahead of a project's opening,
     * one piece a pulse (page list, filter panel made, filter panel put in, current page put in,
     * current page laid out), so that neither the opening's first frame nor any frame meanwhile
     * holds the first styling and layout of them all. The filter panel is made a pulse ahead of its
     * styling and layout, the current page styled a pulse ahead of its layout: cold, each of them
     * in one pulse held the FX thread 70–110 ms. The current page comes last: the overview puts its
     * chart in a pulse after it, which then holds no other piece.
     */
    static void buildAhead(Parent content) {
        MainWindowView view = (MainWindowView) content.getProperties().get(MainWindowView.class);
        if (view != null && view.projectPane.getParent() == null && view.ahead == null) {
            view.ahead = PieceByPulse.start(content.getScene(), List.of(view::attachProjectPane,
                    view::makeFilterPanel, view::bindFilter, view::styleCurrentPageAhead, view::layOutCurrentPage));
        }
    }

    private void buildProjectPane() {
        if (!projectNeeded.get()) {
            return;
        }
        if (ahead != null) {
            ahead.finish();
        } else if (projectPane.getParent() == null) {
            attachProjectPane();
            showCurrentPage();
            makeFilterPanel();
            bindFilter();
        }
    }

    /** Hidden until a project is open; its pages, once built, are styled and laid out meanwhile. */
    private void attachProjectPane() {
        bindPages();
        bindReportNote();
        centre.getChildren().add(0, projectPane);
        sizeHiddenPageList();
    }

    /**
     * The page list is out of the layout until a project opens, so nothing gives it a size and it
     * would make, style and lay out its cells in the frame that shows the project's first
     * figures. Sized here to where it will stand, it makes them in a pulse of its own ahead of
     * that, unseen; when it joins the layout at that size its cells are ready.
     */
    private void sizeHiddenPageList() {
        if (!pageList.isManaged()) {
            pageList.resize(pageList.prefWidth(-1), centre.getHeight());
        }
    }

    private void showCurrentPage() {
        if (projectPane.getCenter() == null) {
            showPage(model.currentPageProperty().get());
        }
    }

    /** The current page in the pane but out of its layout: the pulse after styles it and lays out nothing. */
    private void styleCurrentPageAhead() {
        showCurrentPage();
        projectPane.getCenter().setManaged(false);
    }

    private void layOutCurrentPage() {
        projectPane.getCenter().setManaged(true);
    }

    private void bindMenus() {
        openItem.setOnAction(e -> actions.chooseAndOpen());
        demoItem.setOnAction(e -> model.openDemo());
        newFromSurveyItem.setOnAction(e -> actions.startImport(null, false));
        importWaveItem.setOnAction(e -> actions.startImport(null, true));
        newFromSurveyItem.disableProperty().bind(model.busyProperty());
        importWaveItem.disableProperty().bind(model.projectProperty().isNull().or(model.busyProperty()));
        saveCopyItem.setOnAction(e -> actions.chooseAndSaveCopy());
        saveReportItem.setOnAction(e -> actions.chooseAndSaveReport());
        saveReportItem.disableProperty().bind(model.projectProperty().isNull().or(model.busyProperty()));
        // A report file offers no editing: its import and classification items are absent, not disabled.
        for (MenuItem editing : List.of(newFromSurveyItem, importWaveItem, classificationItem)) {
            editing.visibleProperty().bind(model.reportProperty().not());
        }
        closeItem.setOnAction(e -> model.close());
        saveCopyItem.disableProperty().bind(model.projectProperty().isNull().or(model.busyProperty()));
        exportItem.disableProperty().bind(model.projectProperty().isNull().or(model.busyProperty()));
        exportItem.setOnAction(e -> showExport());
        // Offered only while the page shows a chart; which one it is, the page knows when the menu opens.
        fileMenu.setOnShowing(e -> exportChartItem.setDisable(model.busyProperty().get() || !pageOffersChart()));
        exportChartItem.setOnAction(e -> ChartPicture.requestFirstIn(projectPane.getCenter()));
        closeItem.disableProperty().bind(model.projectProperty().isNull());
        filtersItem.selectedProperty().bindBidirectional(model.filtersShownProperty());
        filtersItem.disableProperty().bind(model.projectProperty().isNull());
        openItem.disableProperty().bind(model.busyProperty());
        demoItem.disableProperty().bind(model.busyProperty());
        StartViewModel start = model.start();
        start.recent().addListener(new WeakListChangeListener<>(recentChanged));
        fillRecentMenu();
        englishItem.setSelected(model.languageProperty().get().getLanguage().equals("en"));
        dutchItem.setSelected(model.languageProperty().get().getLanguage().equals("nl"));
        englishItem.setOnAction(e -> model.setLanguage(Locale.ENGLISH));
        dutchItem.setOnAction(e -> model.setLanguage(Locale.forLanguageTag("nl")));
        lightItem.setSelected(model.themeProperty().get() == Theme.LIGHT);
        darkItem.setSelected(model.themeProperty().get() == Theme.DARK);
        lightItem.setOnAction(e -> model.setTheme(Theme.LIGHT));
        darkItem.setOnAction(e -> model.setTheme(Theme.DARK));
        aboutItem.setOnAction(e -> actions.showAbout());
        fillPagesMenu();
        presentationItem.selectedProperty().bindBidirectional(model.presentationProperty());
        presentationItem.disableProperty().bind(model.projectProperty().isNull());
        // The editor of the Project page, also in a window over any page: the workshop "what if".
        classificationItem.disableProperty().bind(model.projectProperty().isNull());
        classificationItem.setOnAction(e -> ClassificationWindow.show(model.showClassification(), bundle,
                centre.getScene().getWindow(), model.themeProperty().get().stylesheets()));
    }

    /** A menu item per page, Ctrl+1 … Ctrl+9 and Ctrl+0 in page-list order, then previous and next page. */
    private void fillPagesMenu() {
        Page[] pages = Page.values();
        for (int i = 0; i < pages.length; i++) {
            Page page = pages[i];
            MenuItem item = new MenuItem(bundle.getString(page.labelKey()));
            if (i < 10) {
                // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth, as on the keyboard's row of digits.
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf((i + 1) % 10)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> model.currentPageProperty().set(page));
            pagesMenu.getItems().add(item);
        }
        MenuItem previous = new MenuItem(bundle.getString("menu.view.pages.previous"));
        previous.setAccelerator(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN));
        previous.setOnAction(e -> model.movePage(-1));
        MenuItem next = new MenuItem(bundle.getString("menu.view.pages.next"));
        next.setAccelerator(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
        next.setOnAction(e -> model.movePage(1));
        pagesMenu.getItems().addAll(new SeparatorMenuItem(), previous, next);
        // Lists and tables take Ctrl+Page Up/Down for themselves; the window's meaning comes first.
        windowRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (MenuItem move : List.of(previous, next)) {
                if (move.getAccelerator().match(e) && !pagesMenu.isDisable()) {
                    move.fire();
                    e.consume();
                }
            }
        });
        pagesMenu.disableProperty().bind(shown.not());
    }

    /** File → Export…: the open project under the window's filter, in the window's language until another is chosen. */
    private void showExport() {
        OpenProject project = model.projectProperty().get();
        ExportViewModel export = new ExportViewModel(project, model.filters().filter(), model.languageProperty().get(),
                bundle, project.path().toAbsolutePath().getParent(),
                work -> BackgroundPriority.daemonThread("export", work).start());
        ExportWindow.show(export, bundle, model.filters().descriptionProperty().get(), centre.getScene().getWindow(),
                model.themeProperty().get().stylesheets());
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (RecentFile file : model.start().recent()) {
            MenuItem item = new MenuItem(file.fileName() + "  —  " + StartViewModel.describe(file, bundle));
            item.setMnemonicParsing(false);
            item.setDisable(file.missing());
            item.setOnAction(e -> model.open(file.path()));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void bindPages() {
        pageList.setItems(model.pages());
        pageList.setCellFactory(list -> pageCell(bundle));
        pageList.getSelectionModel().select(model.currentPageProperty().get());

        // Each page is built when first shown: building all ten at once blocked the FX thread while a project opened.
        pageFactories.put(Page.OVERVIEW, () -> {
            OverviewView overviewView = new OverviewView(overview, bundle);
            Parent overviewPage = Views.load(OverviewView.class, bundle, c -> overviewView);
            overviewView.setOnTouchpointSegment((bar, c) -> model.drillDown(bar.key(), c));
            overviewView.setOnMark(model::drillDown);
            return overviewPage;
        });
        pageFactories.put(Page.TOUCHPOINTS, () -> {
            TouchpointsView touchpointsView = new TouchpointsView(touchpoints, bundle);
            touchpointsView.setOnSegment((bar, c) -> model.drillDown(bar.key(), c));
            return touchpointsView.node();
        });
        pageFactories.put(Page.HEATMAP, () -> new HeatmapView(model.heatmap(), bundle, model::drillDown).node());
        pageFactories.put(Page.TREND, () -> new TrendView(model.trend(), bundle, model::drillDown).node());
        pageFactories.put(Page.DEPARTMENTS, () -> new DepartmentsView(model.departments(), bundle, model::drillDown).node());
        pageFactories.put(Page.JOURNEY, () -> new JourneyView(model.journey(), bundle, model::drillDown).node());
        pageFactories.put(Page.DRIVERS, () -> new DriversView(model.drivers(), bundle, model::drillDown).node());
        pageFactories.put(Page.PRIORITIES, () -> new PrioritiesView(model.priorities(), bundle, model::drillDown).node());
        pageFactories.put(Page.COMMENTS, () -> new CommentsView(model.comments(), bundle, model::drillDown).node());
        pageFactories.put(Page.PROJECT, () -> model.reportProperty().get()
                ? new ProjectView(model.project(), bundle, true).node()
                : new ProjectView(model.project(), bundle, false)
                        .withSection(bundle.getString("classification.title"),
                                () -> new ClassificationEditorView(model.classification(), bundle).node(),
                                model::showClassification)
                        .node());
        model.reportProperty().addListener(new WeakChangeListener<>(reportChanged));
        pageList.getSelectionModel().selectedItemProperty().addListener((obs, old, page) -> {
            if (page != null) {
                model.currentPageProperty().set(page);
            }
        });
        model.currentPageProperty().addListener(new WeakChangeListener<>(pageChanged));
        model.drillDownProperty().addListener(new WeakChangeListener<>(drillRequested));
        projectPane.visibleProperty().bind(shown);
        model.overviewProperty().addListener(new WeakChangeListener<>(overviewChanged));
        showOverview();
    }

    /** A page-list entry: the page's name, parted by a line from the figures when it is the project's own page. */
    private static ListCell<Page> pageCell(ResourceBundle bundle) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Page page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : bundle.getString(page.labelKey()));
                pseudoClassStateChanged(SEPARATED, !empty && page == Page.PROJECT);
            }
        };
    }

    /** A page list as the window shows it, every page in it, for the start page's rehearsal: never shown. */
    static Parent pageListSpecimen(ResourceBundle bundle) {
        ListView<Page> list = new ListView<>(FXCollections.observableArrayList(Page.values()));
        list.getStyleClass().add("page-list");
        list.setCellFactory(l -> pageCell(bundle));
        return list;
    }

    private void bindStartPage() {
        StartActions startActions = new StartActions() {
            @Override
            public void chooseAndOpen() {
                actions.chooseAndOpen();
            }

            @Override
            public void openDemo() {
                model.openDemo();
            }

            @Override
            public void open(Path file) {
                model.open(file);
            }

            @Override
            public void newFromSurvey() {
                actions.startImport(null, false);
            }
        };
        StartView startView = new StartView(model.start(), startActions, bundle, model.busyProperty());
        startPage = Views.load(StartView.class, bundle, c -> startView);
        startPage.visibleProperty().bind(shown.not());
        centre.getChildren().add(startPage);
    }

    /** A report's Project page has no editing, a project's has: the page is built again for the other kind. */
    private void rebuildProjectPage() {
        pageNodes.remove(Page.PROJECT);
        if (model.currentPageProperty().get() == Page.PROJECT) {
            showPage(Page.PROJECT);
        }
    }

    private void bindReportNote() {
        reportNoteLabel.textProperty().bind(model.reportNoteProperty());
        reportNoteBar.visibleProperty().bind(model.reportNoteProperty().isNotEmpty()
                .and(model.presentationProperty().not()));
        reportNoteBar.managedProperty().bind(reportNoteBar.visibleProperty());
        reportNoteClose.setTooltip(new Tooltip(bundle.getString("report.note.close")));
        reportNoteClose.setOnAction(e -> model.closeReportNote());
    }

    private void makeFilterPanel() {
        filterPanel = new FilterPanel(model.filters(), bundle);
    }

    private void bindFilter() {
        FilterViewModel filters = model.filters();
        // Made here, on the FX thread, not in the FXML: a tooltip is a popup window, and the FXML may be loaded on another thread.
        resetButton.setTooltip(new Tooltip(bundle.getString("filter.reset.tip")));
        filtersToggle.setTooltip(new Tooltip(bundle.getString("filter.toggle.tip")));
        filtersToggle.selectedProperty().bindBidirectional(model.filtersShownProperty());
        // No choices to offer until the respondents are loaded.
        filtersToggle.disableProperty().bind(model.loadingProperty());
        filterPanel.node().disableProperty().bind(model.loadingProperty());
        filterPanel.node().visibleProperty().bind(model.filtersShownProperty().and(model.presentationProperty().not()));
        filterPanel.node().managedProperty().bind(filterPanel.node().visibleProperty());
        projectPane.setRight(filterPanel.node());
        resetButton.setOnAction(e -> filters.reset());
        filters.chips().addListener(new WeakListChangeListener<>(chipsChanged));
        fillChips();
    }

    /** One button per restriction; clicking it removes that restriction. */
    private void fillChips() {
        FilterViewModel filters = model.filters();
        chipRow.getChildren().clear();
        for (FilterChip chip : filters.chips()) {
            Button button = new Button(chip.text() + "  ×");
            button.setMnemonicParsing(false);
            button.getStyleClass().add("filter-chip");
            button.setTooltip(new Tooltip(bundle.getString("filter.chip.remove")));
            button.setOnAction(e -> filters.apply(chip.without()));
            chipRow.getChildren().add(button);
        }
        resetButton.setVisible(!filters.chips().isEmpty());
        resetButton.setManaged(resetButton.isVisible());
    }

    /**
     * Dims a page whose figures for a changed filter are still being computed. By its opacity, not
     * by a style class: a style class changed on the page's root has JavaFX match every node of the
     * page against the style sheets again, as the class comes and again as it goes.
     */
    private void showComputing(boolean on) {
        Node page = projectPane.getCenter();
        if (page != null) {
            page.setOpacity(on ? OUT_OF_DATE_OPACITY : 1);
        }
    }

    private boolean pageOffersChart() {
        Node page = projectPane.getCenter();
        return model.projectProperty().get() != null && page != null && ChartPicture.offersIn(page);
    }

    private void showPresentation(boolean on) {
        windowRoot.getStyleClass().remove("presentation");
        if (on) {
            windowRoot.getStyleClass().add("presentation");
        }
    }

    private void showPage(Page page) {
        pageList.getSelectionModel().select(page);
        showComputing(false);
        projectPane.setCenter(pageNodes.computeIfAbsent(page, this::buildPage));
        showComputing(model.pageComputingProperty().get());
    }

    private Node buildPage(Page page) {
        Node node = pageFactories.get(page).get();
        // One name per page for tests and style sheets: .page-overview, .page-journey, ...
        node.getStyleClass().add("page-" + page.name().toLowerCase(Locale.ROOT));
        return node;
    }

    private void showDrillDown(DrillDownViewModel drill) {
        if (drill == null) {
            return;
        }
        model.drillDownShown();
        List<String> stylesheets = model.themeProperty().get().stylesheets();
        model.prepareDrillDown(progress -> DrillDownDialog.prepare(drill, bundle, stylesheets),
                dialog -> dialog.show(centre.getScene().getWindow()));
    }

    private void showOverview() {
        if (model.overviewProperty().get() != null) {
            overview.setData(model.overviewProperty().get());
            touchpoints.setChart(model.overviewProperty().get().touchpoints());
        }
    }

    private void bindStatusBar() {
        statusBar.visibleProperty().bind(model.presentationProperty().not());
        statusBar.managedProperty().bind(statusBar.visibleProperty());
        filtersToggle.visibleProperty().bind(model.presentationProperty().not());
        model.presentationProperty().addListener(new WeakChangeListener<>(presentationChanged));
        showPresentation(model.presentationProperty().get());
        projectLabel.textProperty().bind(model.projectLabelProperty());
        respondentsLabel.textProperty().bind(model.respondentsLabelProperty());
        respondentsSeparator.visibleProperty().bind(model.respondentsLabelProperty().isNotEmpty());
        filterLabel.textProperty().bind(model.filterLabelProperty());
        filterSeparator.visibleProperty().bind(model.filterLabelProperty().isNotEmpty());
        filterSeparator.managedProperty().bind(filterSeparator.visibleProperty());
        filterLabel.managedProperty().bind(filterSeparator.visibleProperty());
        noticeLabel.textProperty().bind(model.noticeProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty().or(model.pageComputingProperty()));
        model.pageComputingProperty().addListener(new WeakChangeListener<>(computingChanged));
        busyLabel.visibleProperty().bind(model.busyProperty());
        busyLabel.textProperty().bind(Bindings.when(model.busyProperty())
                .then(model.busyMessageProperty()).otherwise(""));
    }
}
