package io.quotewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.processors.dates.PublicationDateParser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the benchmark that read what others wrote: GC logs, step rows, jar locations, article texts. */
class BenchPartsTest {
    @Test
    void gcLogGivesTheLargestHeapBeforeAndAfterACollection() {
        GcLog g1 = GcLog.parse(List.of(
                "[0.015s][info][gc] Using G1",
                "[0.853s][info][gc,heap     ] GC(0) Eden regions: 25->0(24)",
                "[0.853s][info][gc,metaspace] GC(0) Metaspace: 20480K(20736K)->20480K(20736K) NonClass: 1K(2K)->1K(2K)",
                "[0.853s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->3M(512M) 3.456ms",
                "[4.502s][info][gc          ] GC(4) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->120M(512M) 9.1ms",
                "[4.600s][info][gc          ] GC(5) Pause Remark 130M->130M(512M) 1.2ms",
                "[9.000s][info][gc,heap,exit] Heap",
                "[9.000s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 61440K [0x00000000e0000000, 0x0000000100000000)",
                "[9.000s][info][gc,heap,exit]   region size 1024K, 12 young (12288K), 2 survivors (2048K)",
                "[9.000s][info][gc,heap,exit]  Metaspace       used 45678K, committed 46080K, reserved 1114112K"));
        assertThat(g1.peakUsedBytes()).isEqualTo(300L << 20);
        assertThat(g1.maxAfterGcBytes()).isEqualTo(130L << 20);
        assertThat(g1.maxCommittedBytes()).isEqualTo(512L << 20);
        assertThat(g1.collections()).isEqualTo(3);

        // a JVM that never collected: the heap in use at exit, summed over Serial's generations
        GcLog serial = GcLog.parse(List.of(
                "[0.010s][info][gc] Using Serial",
                "[1.000s][info][gc,heap,exit]  def new generation   total 39296K, used 2804K [0x0, 0x1)",
                "[1.000s][info][gc,heap,exit]  tenured generation   total 87424K, used 1196K [0x1, 0x2)"));
        assertThat(serial.peakUsedBytes()).isEqualTo(4000L * 1024);
        assertThat(serial.maxAfterGcBytes()).isEqualTo(-1);
        assertThat(GcLog.parse(List.of()).peakUsedBytes()).isEqualTo(-1);
    }

    @Test
    void partitionsAreGroupedUnderTheirStepAndTheManagerGivesTheSpan() {
        LocalDateTime t = LocalDateTime.of(2026, 12, 1, 2, 0);
        var rows = List.of(
                new JobRepositoryFigures.Row("analyze", t, t.plusSeconds(30), 100, 100, 0, 0, 2, "COMPLETED"),
                new JobRepositoryFigures.Row("analyze:partition0", t.plusSeconds(1), t.plusSeconds(28), 60, 60, 0, 0, 1, "COMPLETED"),
                new JobRepositoryFigures.Row("analyze:partition1", t.plusSeconds(1), t.plusSeconds(29), 40, 40, 0, 0, 1, "COMPLETED"),
                new JobRepositoryFigures.Row("export:partition0", t.plusSeconds(40), t.plusSeconds(45), 7, 7, 0, 1, 1, "COMPLETED"),
                new JobRepositoryFigures.Row("export:partition1", t.plusSeconds(41), t.plusSeconds(50), 3, 3, 0, 0, 1, "FAILED"),
                new JobRepositoryFigures.Row("deduplicate", t.plusSeconds(30), t.plusSeconds(40), 100, 100, 0, 0, 1, "COMPLETED"));
        var steps = JobRepositoryFigures.group(rows);
        assertThat(steps).extracting(JobRepositoryFigures.Step::name).containsExactly("analyze", "export", "deduplicate");
        var analyze = steps.get(0);
        assertThat(analyze.partitions()).isEqualTo(2);
        assertThat(analyze.duration().toSeconds()).isEqualTo(30);
        assertThat(analyze.read()).isEqualTo(100);
        var export = steps.get(1);
        assertThat(export.start()).isEqualTo(t.plusSeconds(40));
        assertThat(export.end()).isEqualTo(t.plusSeconds(50));
        assertThat(export.read()).isEqualTo(10);
        assertThat(export.skip()).isEqualTo(1);
        assertThat(export.status()).isEqualTo("MIXED");
        var figures = new JobRepositoryFigures("COMPLETED", "COMPLETED", steps, java.util.Map.of(), java.util.Map.of());
        assertThat(figures.stepsSpan().toSeconds()).isEqualTo(50);
    }

    @Test
    void theJarIsFoundInSpringBootNestedAndPlainUrls() {
        assertThat(JobProcess.jarOf("jar:nested:/srv/qw/config/target/run/quotewire-1.jar/!BOOT-INF/classes/!/"))
                .isEqualTo(Path.of("/srv/qw/config/target/run/quotewire-1.jar"));
        assertThat(JobProcess.jarOf("file:/srv/qw/quotewire.jar")).isEqualTo(Path.of("/srv/qw/quotewire.jar"));
        assertThat(JobProcess.jarOf("file:/srv/my%20dir/quotewire.jar")).isEqualTo(Path.of("/srv/my dir/quotewire.jar"));
        assertThat(JobProcess.jarOf("file:/srv/qw/config/target/classes/")).isNull();
        // from the classes folder (these tests) the child runs on the same class path
        List<String> launcher = JobProcess.launcher(BenchCommand.class, "io.quotewire.QuotewireApplication");
        assertThat(launcher).contains("-cp").endsWith("io.quotewire.QuotewireApplication");
    }

    @Test
    void anArticleTextKeepsItsHeadlineAndParagraphsAndRendersBack() throws Exception {
        PublicationDateParser parser = new PublicationDateParser();
        String reuters = "date 1987-02-26 BAHIA COCOA REVIEW\nShowers continued throughout the week in\nthe zone.\n"
                + "    The dry period means the temporao will be late.\n    Arrivals for the week ended\nFebruary 22.";
        ArticleText t = ArticleText.parse(reuters, parser);
        assertThat(t.headline()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(t.paragraphs()).containsExactly("Showers continued throughout the week in\nthe zone.",
                "The dry period means the temporao will be late.", "Arrivals for the week ended\nFebruary 22.");
        assertThat(t.withDate(LocalDate.of(2026, 11, 3))).isEqualTo("date 2026-11-03" + reuters.substring(15));
        String rendered = ArticleText.render(LocalDate.of(2026, 11, 3), t.headline(), t.paragraphs());
        assertThat(rendered).isEqualTo("date 2026-11-03" + reuters.substring(15));

        ArticleText blank = ArticleText.parse("date March 3, 1987\n\nFirst paragraph\nwraps.\n\nSecond.", parser);
        assertThat(blank.headline()).isNull();
        assertThat(blank.paragraphs()).containsExactly("First paragraph\nwraps.", "Second.");
        assertThat(blank.withDate(LocalDate.of(2026, 11, 3))).startsWith("date 2026-11-03\n\nFirst");
    }
}
