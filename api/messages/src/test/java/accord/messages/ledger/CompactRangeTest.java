package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactRangeTest {

    private static final int LEAVES = 300;

    private final ReferenceTree reference = ReferenceTree.ofSize(LEAVES);
    private final Map<NodeId, byte[]> stored = new HashMap<>();
    private final List<NodeId> reported = new ArrayList<>();

    @Test
    void anEmptyRangeHasTheEmptyRoot() {
        assertThat(CompactRange.empty().root()).isEqualTo(MerkleHashes.emptyRoot());
        assertThat(CompactRange.empty().size()).isZero();
    }

    @Test
    void rootAfterEveryAppendEqualsTheRootComputedFromStoredNodes() {
        CompactRange range = CompactRange.empty();
        for (int i = 0; i < LEAVES; i++) {
            append(range, i);
            assertThat(range.size()).isEqualTo(i + 1);
            assertThat(Hex.of(range.root())).isEqualTo(Hex.of(MerkleProofs.root(i + 1, stored::get)))
                    .isEqualTo(Hex.of(reference.root(i + 1)));
        }
    }

    @Test
    void sinkReceivesEveryPerfectNodeExactlyOnceLowestLevelFirst() {
        CompactRange range = CompactRange.empty();
        for (int i = 0; i < LEAVES; i++) {
            int before = reported.size();
            append(range, i);
            List<NodeId> completed = reported.subList(before, reported.size());
            for (int j = 0; j < completed.size(); j++) {
                NodeId node = completed.get(j);
                assertThat(node.level()).isEqualTo(j + 1);
                assertThat(node.start() + node.leafCount()).as("completed by leaf %d", i).isEqualTo(i + 1);
                assertThat(Hex.of(stored.get(node))).isEqualTo(Hex.of(reference.mth(node.start(), node.start() + node.leafCount())));
            }
        }
        List<NodeId> expected = new ArrayList<>();
        for (int level = 1; (1 << level) <= LEAVES; level++) {
            for (int index = 0; (index + 1) << level <= LEAVES; index++) {
                expected.add(new NodeId(level, index));
            }
        }
        assertThat(reported).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void resumingFromStoredNodesGivesTheSameRootsAndNodes() {
        CompactRange whole = CompactRange.empty();
        for (int i = 0; i < LEAVES; i++) {
            append(whole, i);
        }
        Map<NodeId, byte[]> all = Map.copyOf(stored);
        for (int split : new int[] {0, 1, 2, 3, 7, 8, 100, 128, 255, 299, 300}) {
            CompactRange resumed = CompactRange.of(split, all::get);
            assertThat(resumed.size()).isEqualTo(split);
            assertThat(Hex.of(resumed.root())).isEqualTo(Hex.of(reference.root(split)));
            for (int i = split; i < LEAVES; i++) {
                resumed.append(reference.leafHash(i), (node, hash) ->
                        assertThat(Hex.of(hash)).as("%s after resuming at %d", node, split).isEqualTo(Hex.of(all.get(node))));
                assertThat(Hex.of(resumed.root())).isEqualTo(Hex.of(reference.root(i + 1)));
            }
        }
    }

    @Test
    void resumingReadsOnlyTheRootNodes() {
        List<NodeId> read = new ArrayList<>();
        CompactRange.of(13, node -> {
            read.add(node);
            return reference.nodes().hash(node);
        });
        assertThat(read).containsExactlyElementsOf(MerkleProofs.rootNodes(13));
    }

    private void append(CompactRange range, int leaf) {
        byte[] hash = reference.leafHash(leaf);
        stored.put(new NodeId(0, leaf), hash);
        range.append(hash, (node, nodeHash) -> {
            reported.add(node);
            stored.put(node, nodeHash);
        });
    }
}
