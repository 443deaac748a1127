package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

    private static final String EMPTY_ROOT = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    @Test
    void theBodyIsOriginSizeAndRootOnThreeLines() {
        Checkpoint checkpoint = new Checkpoint("accord.example/ledger", 0, MerkleHashes.emptyRoot());
        assertThat(checkpoint.body()).isEqualTo("accord.example/ledger\n0\n" + EMPTY_ROOT + "\n");
    }

    @Test
    void parsingTheBodyGivesTheSameCheckpointBack() {
        Checkpoint checkpoint = new Checkpoint("accord.example/ledger", 1234567, MerkleHashes.leafHash(new byte[0]));
        assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "\n", "accord.example/ledger\n0\n" + EMPTY_ROOT,
        "accord.example/ledger\n0\n" + EMPTY_ROOT + "\n\n",
        "accord.example/ledger\n0\n" + EMPTY_ROOT + "\nextension\n",
        "accord.example/ledger\n0\n",
        "\n0\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n00\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n01\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n-1\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n+1\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n 1\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n1e3\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n9223372036854775808\n" + EMPTY_ROOT + "\n",
        "accord.example/ledger\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n",
        "accord.example/ledger\n0\n47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "accord.example/ledger\n0\nAAAA\n",
        "accord.example/ledger\n0\n" + EMPTY_ROOT + " \n",
        "accord.example/ledger\r\n0\r\n" + EMPTY_ROOT + "\r\n",
    })
    void malformedBodiesAreRefused(String body) {
        assertThatThrownBy(() -> Checkpoint.parse(body)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkpointsCompareByTheirRootBytes() {
        Checkpoint checkpoint = new Checkpoint("o", 1, MerkleHashes.emptyRoot());
        assertThat(checkpoint).isEqualTo(new Checkpoint("o", 1, MerkleHashes.emptyRoot()))
                .hasSameHashCodeAs(new Checkpoint("o", 1, MerkleHashes.emptyRoot()))
                .isNotEqualTo(new Checkpoint("o", 2, MerkleHashes.emptyRoot()));
        byte[] root = checkpoint.rootHash();
        root[0] ^= 1;
        assertThat(checkpoint.rootHash()).isEqualTo(MerkleHashes.emptyRoot());
    }
}
