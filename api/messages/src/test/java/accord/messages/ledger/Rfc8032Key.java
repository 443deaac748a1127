package accord.messages.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;

/** The Ed25519 key of RFC 8032 §7.1 test 1, so signatures can be known answers. */
final class Rfc8032Key {

    static final String SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    static final String PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private Rfc8032Key() {
    }

    static PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, Hex.bytes(SEED)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
