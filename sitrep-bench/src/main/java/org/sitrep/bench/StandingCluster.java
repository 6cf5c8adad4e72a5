package org.sitrep.bench;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.runtime.minicluster.RpcServiceSharing;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sitrep.flink.JobSettings;
import org.sitrep.flink.SitrepFlinkJob;

/**
 * A Flink cluster in this JVM that stays up while the benchmark submits job after job to it, as a
 * cluster a user already runs does: one task manager with a slot per core. Unlike
 * {@link SitrepFlinkJob#run}, which starts a MiniCluster for each job, a job here pays for its
 * submission, scheduling and operators' start, not for starting the cluster, and the cluster's own
 * code (its RPC system, which Flink loads in a class loader of its own for each cluster) is loaded
 * and compiled once, not once per job.
 *
 * <p>Not thread-safe: one job at a time.
 */
final class StandingCluster implements AutoCloseable {

    private final MiniCluster cluster;

    private StandingCluster(MiniCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts a cluster of one task manager with {@code slots} task slots. */
    static StandingCluster start(int slots) throws Exception {
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(new Configuration())
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .setRpcServiceSharing(RpcServiceSharing.SHARED)
                // as a local environment's cluster: another benchmark or cluster may hold Flink's default ports
                .withRandomPorts()
                .build());
        cluster.start();
        return new StandingCluster(cluster);
    }

    /** Builds the job for {@code settings}, submits it and waits for its end. */
    JobExecutionResult run(JobSettings settings) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(settings.parallelism());
        SitrepFlinkJob.build(env, settings);
        JobGraph job = env.getStreamGraph().getJobGraph();
        return cluster.executeJobBlocking(job);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
