package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MerkleProofsTest {

    /**
     * The leaves of the Certificate Transparency test vectors. Every hex value in this class was
     * computed once outside the project with Python's hashlib, by a direct transcription of
     * RFC 9162 §2.1 (MTH, PATH and SUBPROOF as recursive functions over these leaves).
     */
    private static final byte[][] LEAVES = {
        {}, {0x00}, {0x10}, {0x20, 0x21}, {0x30, 0x31}, {0x40, 0x41, 0x42, 0x43},
        Hex.bytes("5051525354555657"), Hex.bytes("606162636465666768696a6b6c6d6e6f"),
    };

    private static final List<String> LEAF_HASHES = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
            "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1");

    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final ReferenceTree known = knownTree();
    private final Random random = new Random(9162);

    private static ReferenceTree knownTree() {
        List<byte[]> hashes = new ArrayList<>();
        for (byte[] leaf : LEAVES) {
            hashes.add(MerkleHashes.leafHash(leaf));
        }
        return new ReferenceTree(hashes);
    }

    @Test
    void leafHashesOfTheTestLeavesMatchKnownValues() {
        for (int i = 0; i < LEAVES.length; i++) {
            assertThat(Hex.of(MerkleHashes.leafHash(LEAVES[i]))).isEqualTo(LEAF_HASHES.get(i));
        }
    }

    @Test
    void emptyRootIsTheHashOfNoBytes() {
        assertThat(Hex.of(MerkleHashes.emptyRoot())).isEqualTo(ROOTS.get(0));
        assertThat(MerkleProofs.root(0, node -> {
            throw new AssertionError("the empty tree reads no nodes");
        })).isEqualTo(MerkleHashes.emptyRoot());
    }

    @Test
    void rootsOfTreesOfZeroToEightTestLeavesMatchKnownValues() {
        for (int size = 0; size <= 8; size++) {
            assertThat(Hex.of(MerkleProofs.root(size, known.nodes()))).as("root of %d leaves", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void rootNodesArePerfectSubtreesLargestFirst() {
        assertThat(MerkleProofs.rootNodes(0)).isEmpty();
        assertThat(MerkleProofs.rootNodes(8)).containsExactly(new NodeId(3, 0));
        assertThat(MerkleProofs.rootNodes(13)).containsExactly(new NodeId(3, 0), new NodeId(2, 2), new NodeId(0, 12));
    }

    @Test
    void auditPathsOfTestLeavesMatchKnownValues() {
        assertThat(Hex.of(MerkleProofs.inclusion(2, 7, known.nodes()))).containsExactly(
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e");
        assertThat(Hex.of(MerkleProofs.inclusion(5, 8, known.nodes()))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(MerkleProofs.inclusion(0, 1, known.nodes())).isEmpty();
    }

    @Test
    void consistencyProofsBetweenTestTreesMatchKnownValues() {
        assertThat(Hex.of(MerkleProofs.consistency(3, 7, known.nodes()))).containsExactly(
                "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e");
        assertThat(Hex.of(MerkleProofs.consistency(4, 8, known.nodes()))).containsExactly(
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(Hex.of(MerkleProofs.consistency(6, 8, known.nodes()))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void knownProofsVerifyAgainstKnownRoots() {
        assertThat(MerkleProofs.verifyInclusion(2, 7, Hex.bytes(LEAF_HASHES.get(2)),
                MerkleProofs.inclusion(2, 7, known.nodes()), Hex.bytes(ROOTS.get(7)))).isTrue();
        assertThat(MerkleProofs.verifyConsistency(3, 7, MerkleProofs.consistency(3, 7, known.nodes()),
                Hex.bytes(ROOTS.get(3)), Hex.bytes(ROOTS.get(7)))).isTrue();
    }

    @Test
    void inclusionProofsFollowTheRecursiveDefinitionAndVerify() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        for (int trial = 0; trial < 400; trial++) {
            int size = 1 + random.nextInt(300);
            int index = random.nextInt(size);
            List<byte[]> proof = MerkleProofs.inclusion(index, size, tree.nodes());
            assertThat(Hex.of(proof)).as("PATH(%d, D[%d])", index, size).isEqualTo(Hex.of(tree.path(index, 0, size)));
            assertThat(MerkleProofs.verifyInclusion(index, size, tree.leafHash(index), proof, tree.root(size))).isTrue();
        }
    }

    @Test
    void consistencyProofsFollowTheRecursiveDefinitionAndVerify() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        for (int trial = 0; trial < 400; trial++) {
            int to = 1 + random.nextInt(300);
            int from = 1 + random.nextInt(to);
            List<byte[]> proof = MerkleProofs.consistency(from, to, tree.nodes());
            assertThat(Hex.of(proof)).as("PROOF(%d, D[%d])", from, to).isEqualTo(Hex.of(tree.subproof(from, 0, to, true)));
            assertThat(MerkleProofs.verifyConsistency(from, to, proof, tree.root(from), tree.root(to))).isTrue();
        }
    }

    @Test
    void everyProofOfSmallTreesVerifies() {
        ReferenceTree tree = ReferenceTree.ofSize(40);
        for (int size = 1; size <= 40; size++) {
            for (int index = 0; index < size; index++) {
                assertThat(MerkleProofs.verifyInclusion(index, size, tree.leafHash(index),
                        MerkleProofs.inclusion(index, size, tree.nodes()), tree.root(size))).isTrue();
                assertThat(MerkleProofs.verifyConsistency(index + 1, size,
                        MerkleProofs.consistency(index + 1, size, tree.nodes()), tree.root(index + 1), tree.root(size))).isTrue();
            }
        }
    }

    @Test
    void theNodesListedForAProofAreAllItReadsWithoutRepeats() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + random.nextInt(300);
            int index = random.nextInt(size);
            List<NodeId> listed = MerkleProofs.inclusionNodes(index, size);
            assertThat(listed).doesNotHaveDuplicates();
            assertThat(Hex.of(MerkleProofs.inclusion(index, size, onlyFrom(listed, tree.nodes()))))
                    .isEqualTo(Hex.of(tree.path(index, 0, size)));
            List<NodeId> consistencyListed = MerkleProofs.consistencyNodes(index + 1, size);
            assertThat(consistencyListed).doesNotHaveDuplicates();
            assertThat(Hex.of(MerkleProofs.consistency(index + 1, size, onlyFrom(consistencyListed, tree.nodes()))))
                    .isEqualTo(Hex.of(tree.subproof(index + 1, 0, size, true)));
        }
    }

    @Test
    void theNodesListedForAProofAreAllNeeded() {
        Set<NodeId> read = new HashSet<>();
        ReferenceTree tree = ReferenceTree.ofSize(300);
        MerkleProofs.inclusion(123, 300, node -> {
            read.add(node);
            return tree.nodes().hash(node);
        });
        assertThat(MerkleProofs.inclusionNodes(123, 300)).containsExactlyInAnyOrderElementsOf(read);
    }

    @Test
    void anySingleFlippedBitMakesAnInclusionProofFail() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        for (int[] c : new int[][] {{0, 1}, {5, 8}, {2, 7}, {6, 7}, {123, 300}, {299, 300}}) {
            int index = c[0];
            int size = c[1];
            List<byte[]> proof = MerkleProofs.inclusion(index, size, tree.nodes());
            byte[] leaf = tree.leafHash(index);
            byte[] root = tree.root(size);
            for (int bit = 0; bit < 256; bit++) {
                assertThat(MerkleProofs.verifyInclusion(index, size, flipped(leaf, bit), proof, root)).isFalse();
                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, proof, flipped(root, bit))).isFalse();
                for (int element = 0; element < proof.size(); element++) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(element, flipped(proof.get(element), bit));
                    assertThat(MerkleProofs.verifyInclusion(index, size, leaf, tampered, root)).isFalse();
                }
            }
        }
    }

    @Test
    void anySingleFlippedBitMakesAConsistencyProofFail() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        for (int[] c : new int[][] {{1, 2}, {3, 7}, {4, 8}, {6, 8}, {123, 300}, {256, 300}}) {
            int from = c[0];
            int to = c[1];
            List<byte[]> proof = MerkleProofs.consistency(from, to, tree.nodes());
            byte[] fromRoot = tree.root(from);
            byte[] toRoot = tree.root(to);
            for (int bit = 0; bit < 256; bit++) {
                assertThat(MerkleProofs.verifyConsistency(from, to, proof, flipped(fromRoot, bit), toRoot)).isFalse();
                assertThat(MerkleProofs.verifyConsistency(from, to, proof, fromRoot, flipped(toRoot, bit))).isFalse();
                for (int element = 0; element < proof.size(); element++) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(element, flipped(proof.get(element), bit));
                    assertThat(MerkleProofs.verifyConsistency(from, to, tampered, fromRoot, toRoot)).isFalse();
                }
            }
        }
    }

    @Test
    void anInclusionProofFailsForAnotherPositionOrTreeSize() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        for (int trial = 0; trial < 200; trial++) {
            int size = 2 + random.nextInt(299);
            int index = random.nextInt(size);
            List<byte[]> proof = MerkleProofs.inclusion(index, size, tree.nodes());
            byte[] leaf = tree.leafHash(index);
            byte[] root = tree.root(size);
            int other = (index + 1 + random.nextInt(size - 1)) % size;
            assertThat(MerkleProofs.verifyInclusion(other, size, leaf, proof, root)).isFalse();
            assertThat(MerkleProofs.verifyInclusion(index, size, leaf, proof, tree.root(size - 1))).isFalse();
        }
        byte[] root = known.root(7);
        List<byte[]> proof = MerkleProofs.inclusion(5, 7, known.nodes());
        assertThat(MerkleProofs.verifyInclusion(5, 6, known.leafHash(5), proof, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(5, 5, known.leafHash(5), proof, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(5, 9, known.leafHash(5), proof, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(7, 7, known.leafHash(5), proof, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(-1, 7, known.leafHash(5), proof, root)).isFalse();
    }

    /**
     * RFC 9162 proofs bind sizes only through the shape of the path: 123 to 299 walks the same
     * shape as 123 to 300 and still verifies. The signed checkpoint, not the proof, binds a root
     * to its size; these sizes change the shape.
     */
    @Test
    void aConsistencyProofFailsForTreeSizesOfAnotherShape() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        List<byte[]> proof = MerkleProofs.consistency(123, 300, tree.nodes());
        assertThat(MerkleProofs.verifyConsistency(124, 300, proof, tree.root(123), tree.root(300))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(123, 256, proof, tree.root(123), tree.root(300))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(123, 600, proof, tree.root(123), tree.root(300))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(300, 123, proof, tree.root(123), tree.root(300))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 300, proof, tree.root(123), tree.root(300))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 0, List.of(), MerkleHashes.emptyRoot(), MerkleHashes.emptyRoot())).isFalse();
    }

    @Test
    void extraOrMissingProofElementsFail() {
        ReferenceTree tree = ReferenceTree.ofSize(300);
        List<byte[]> path = MerkleProofs.inclusion(123, 300, tree.nodes());
        byte[] leaf = tree.leafHash(123);
        byte[] root = tree.root(300);
        for (List<byte[]> wrong : variants(path)) {
            assertThat(MerkleProofs.verifyInclusion(123, 300, leaf, wrong, root)).isFalse();
        }
        List<byte[]> proof = MerkleProofs.consistency(123, 300, tree.nodes());
        for (List<byte[]> wrong : variants(proof)) {
            assertThat(MerkleProofs.verifyConsistency(123, 300, wrong, tree.root(123), root)).isFalse();
        }
        assertThat(MerkleProofs.verifyConsistency(4, 8, List.of(), tree.root(4), tree.root(8))).isFalse();
        assertThat(MerkleProofs.verifyInclusion(0, 1, leaf, List.of(root), leaf)).isFalse();
    }

    @Test
    void equalTreeSizesAreConsistentOnlyWithAnEmptyProofAndEqualRoots() {
        ReferenceTree tree = ReferenceTree.ofSize(10);
        assertThat(MerkleProofs.consistency(7, 7, tree.nodes())).isEmpty();
        assertThat(MerkleProofs.consistencyNodes(7, 7)).isEmpty();
        assertThat(MerkleProofs.verifyConsistency(7, 7, List.of(), tree.root(7), tree.root(7))).isTrue();
        assertThat(MerkleProofs.verifyConsistency(7, 7, List.of(), tree.root(7), tree.root(8))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(7, 7, List.of(tree.root(7)), tree.root(7), tree.root(7))).isFalse();
    }

    @Test
    void malformedInputFailsVerificationWithoutThrowing() {
        ReferenceTree tree = ReferenceTree.ofSize(8);
        byte[] leaf = tree.leafHash(3);
        byte[] root = tree.root(8);
        List<byte[]> path = MerkleProofs.inclusion(3, 8, tree.nodes());
        List<byte[]> withNull = new ArrayList<>(path);
        withNull.set(1, null);
        List<byte[]> withShort = new ArrayList<>(path);
        withShort.set(1, new byte[31]);
        assertThat(MerkleProofs.verifyInclusion(3, 8, leaf, null, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(3, 8, leaf, withNull, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(3, 8, leaf, withShort, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(3, 8, null, path, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(3, 8, leaf, path, new byte[33])).isFalse();
        assertThat(MerkleProofs.verifyInclusion(3, 0, leaf, path, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(Long.MAX_VALUE, Long.MIN_VALUE, leaf, path, root)).isFalse();
        List<byte[]> proof = MerkleProofs.consistency(3, 8, tree.nodes());
        assertThat(MerkleProofs.verifyConsistency(3, 8, null, tree.root(3), root)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 8, withNull, tree.root(3), root)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 8, proof, null, root)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 8, proof, tree.root(3), new byte[0])).isFalse();
        assertThat(MerkleProofs.verifyConsistency(-3, 8, proof, tree.root(3), root)).isFalse();
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        NodeReader nodes = ReferenceTree.ofSize(8).nodes();
        assertThatThrownBy(() -> MerkleProofs.inclusion(8, 8, nodes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.inclusion(-1, 8, nodes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.inclusionNodes(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.consistency(0, 8, nodes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.consistency(5, 4, nodes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.consistencyNodes(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.rootNodes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.root(-1, nodes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proofsOfHugeTreesNameTheirNodesWithoutOverflow() {
        long size = Long.MAX_VALUE;
        assertThat(MerkleProofs.rootNodes(size)).hasSize(63);
        assertThat(MerkleProofs.inclusionNodes(size - 1, size)).hasSize(62);
        assertThat(MerkleProofs.consistencyNodes(size / 3, size)).isNotEmpty();
    }

    private static NodeReader onlyFrom(List<NodeId> allowed, NodeReader nodes) {
        return node -> {
            assertThat(allowed).as("nodes listed in advance").contains(node);
            return nodes.hash(node);
        };
    }

    private static byte[] flipped(byte[] hash, int bit) {
        byte[] copy = hash.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    private static List<List<byte[]>> variants(List<byte[]> proof) {
        List<List<byte[]>> variants = new ArrayList<>();
        List<byte[]> extraEnd = new ArrayList<>(proof);
        extraEnd.add(proof.get(0));
        variants.add(extraEnd);
        List<byte[]> extraStart = new ArrayList<>(proof);
        extraStart.add(0, proof.get(0));
        variants.add(extraStart);
        variants.add(proof.subList(0, proof.size() - 1));
        variants.add(proof.subList(1, proof.size()));
        return variants;
    }
}
