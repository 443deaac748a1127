package accord.benchmark.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.ledger.CompactRange;
import accord.messages.ledger.MerkleHashes;
import accord.messages.ledger.MerkleProofs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LeafTreeTest {

    @Test
    void answersTheSameRootsAsTheLedgersOwnTreeForEveryPrefix() {
        int size = 37;
        byte[] leaves = new byte[size * 32];
        CompactRange reference = CompactRange.empty();
        byte[][] roots = new byte[size + 1][];
        roots[0] = reference.root();
        for (int i = 0; i < size; i++) {
            byte[] hash = MerkleHashes.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            System.arraycopy(hash, 0, leaves, i * 32, 32);
            reference.append(hash, (node, nodeHash) -> { });
            roots[i + 1] = reference.root();
        }

        LeafTree tree = LeafTree.of(leaves, size);

        for (int n = 0; n <= size; n++) {
            assertThat(tree.root(n)).as("root of %d leaves", n).isEqualTo(roots[n]);
        }
        assertThat(MerkleProofs.verifyInclusion(5, size, tree.leafHash(5), MerkleProofs.inclusion(5, size, tree), roots[size]))
                .isTrue();
    }
}
