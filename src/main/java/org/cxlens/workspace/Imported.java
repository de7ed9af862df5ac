package org.cxlens.workspace;

import java.nio.file.Path;
import java.util.List;
import org.cxlens.domain.ImportProblem;
import org.cxlens.importer.SurveyImport;

/**
 * A finished import.
 *
 * @param created       true when the import made the project file
 * @param firstProblems the import's first problems in row order, as many as were asked for
 */
public record Imported(Path project, boolean created, SurveyImport.Result result, List<ImportProblem> firstProblems) {

    public Imported {
        firstProblems = List.copyOf(firstProblems);
    }
}
