package org.newskg.spark;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's text output with an {@code .nq} extension on each part file ({@code part-r-00000.nq}, or
 * {@code .nq.gz} when compressed), so that RDF tools such as the TDB2 loader know their syntax from the name.
 *
 * <pre>{@code
 * pairs.saveAsNewAPIHadoopFile(dir, NullWritable.class, Text.class, NQuadsOutputFormat.class);
 * }</pre>
 */
public final class NQuadsOutputFormat extends TextOutputFormat<NullWritable, Text> {

    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, ".nq" + extension);
    }
}
