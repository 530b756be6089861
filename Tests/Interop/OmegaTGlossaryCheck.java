import java.io.File;
import java.util.List;
import java.util.TreeMap;
import org.omegat.core.Core;
import org.omegat.core.data.ProjectProperties;
import org.omegat.core.data.RealProject;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.omegat.util.ProjectFileStorage;

/**
 * Loads glossaries with OmegaT's own readers inside a loaded OmegaT project, as the
 * Glossary pane does, and prints "file<TAB>entries" then "source<TAB>target" per entry.
 * Usage: java -cp OmegaT.jar:. OmegaTGlossaryCheck PROJECT_DIR GLOSSARY...
 */
public class OmegaTGlossaryCheck {
    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            Core.initializeConsole(new TreeMap<String, String>());
            ProjectProperties properties = ProjectFileStorage.loadProjectProperties(new File(args[0]));
            RealProject project = new RealProject(properties);
            project.loadProject(true);
            Core.setProject(project);
            for (int index = 1; index < args.length; index++) {
                File file = new File(args[index]);
                List<GlossaryEntry> entries = args[index].endsWith(".tbx")
                        ? GlossaryReaderTBX.read(file, false)
                        : GlossaryReaderTSV.read(file, false);
                if (entries == null) {
                    throw new IllegalStateException("OmegaT did not read " + file);
                }
                System.out.println("FILE\t" + file.getName() + "\t" + entries.size());
                for (GlossaryEntry entry : entries) {
                    System.out.println(entry.getSrcText() + "\t" + entry.getLocText());
                }
            }
        } catch (Exception error) {
            error.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }
}
