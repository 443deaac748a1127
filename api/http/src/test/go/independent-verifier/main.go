// Command independent-verifier checks a running Accord ledger against docs/ledger.md with nothing
// but the Go standard library and Go's reference code for transparency logs
// (golang.org/x/mod/sumdb/tlog) and signed notes (golang.org/x/mod/sumdb/note). It shares no code
// with Accord, so a mistake in Accord's leaves, hashing, proofs or signatures is not repeated here.
//
//	independent-verifier -url http://localhost:8080 -user auditor:password [-positions all|0-9,12] [-key vkey]
//
// It prints a report and exits 0 when everything verified, 1 when something did not (with the
// reason), 2 on wrong usage.
//
// Proof order: tlog builds RecordProof and TreeProof with the recursions of RFC 9162 §2.1.3.1
// (PATH) and §2.1.4.1 (SUBPROOF): first the proof inside the subtree that holds the leaf (or the
// old tree), then the hash of the other subtree. Both therefore list hashes from the leaf up to the
// root, the order of RFC 9162 audit paths and consistency proofs, and the served arrays go to
// tlog.CheckRecord and tlog.CheckTree unchanged. The test checks this against a literal
// transcription of the RFC.
//
// Two tlog conventions are not Accord's and are not used: tlog.ParseTree reads the sumdb's tree
// note, whose first line is "go.sum database tree", where a C2SP checkpoint has its origin, so
// checkpoints are parsed here; and tlog.TreeHash(0) is all zeros, where RFC 9162 hashes the empty
// tree as SHA-256 of nothing.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// emptyRoot is the RFC 9162 hash of the empty tree.
var emptyRoot tlog.Hash = sha256.Sum256(nil)

func main() {
	url := flag.String("url", "", "the service's base URL, e.g. http://localhost:8080")
	user := flag.String("user", "", "user:password for HTTP Basic authentication")
	positions := flag.String("positions", "all", `the leaves to check: "all" or a list such as 0-4,7`)
	key := flag.String("key", "", "the verifier key to trust (default: the one the service serves)")
	flag.Parse()
	name, password, ok := strings.Cut(*user, ":")
	if *url == "" || !ok || flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	c := &client{base: strings.TrimSuffix(*url, "/"), user: name, password: password,
		http: &http.Client{Timeout: 30 * time.Second}}
	r, err := verify(c, *positions, *key)
	if err != nil {
		fmt.Fprintln(os.Stderr, "FAILED:", err)
		os.Exit(1)
	}
	r.print(os.Stdout)
}

type report struct {
	origin, verifierKey string
	treeSize            int64
	root                tlog.Hash
	leaves, inclusion   int
	consistency         int
	checkpoints, roots  int
	tamperedRejected    int
}

func (r *report) print(w io.Writer) {
	fmt.Fprintf(w, "origin: %s\nverifier key: %s\ntree size: %d\nroot hash: %s\n", r.origin, r.verifierKey, r.treeSize, r.root)
	fmt.Fprintf(w, "leaves verified: %d\ninclusion proofs verified: %d\nconsistency proofs verified: %d\n", r.leaves, r.inclusion, r.consistency)
	fmt.Fprintf(w, "signed checkpoints verified: %d\nroots recomputed from leaves: %d\ntampered proofs rejected: %d\n", r.checkpoints, r.roots, r.tamperedRejected)
	fmt.Fprintln(w, "OK: the ledger verifies independently")
}

// verify runs every check of docs/ledger.md that a third party can run over HTTP.
func verify(c *client, positions, trustedKey string) (*report, error) {
	var key struct {
		Origin      string `json:"origin"`
		KeyName     string `json:"keyName"`
		KeyID       string `json:"keyId"`
		Algorithm   string `json:"algorithm"`
		PublicKey   string `json:"publicKey"`
		VerifierKey string `json:"verifierKey"`
	}
	if err := c.getJSON("/ledger/key", &key); err != nil {
		return nil, err
	}
	if trustedKey != "" && key.VerifierKey != trustedKey {
		return nil, fmt.Errorf("the service's verifier key %q is not the trusted %q", key.VerifierKey, trustedKey)
	}
	verifier, err := note.NewVerifier(key.VerifierKey)
	if err != nil {
		return nil, fmt.Errorf("verifier key %q: %w", key.VerifierKey, err)
	}
	// Rebuilding the verifier key from the raw public key checks the key id on its own.
	pub, _ := base64.StdEncoding.DecodeString(key.PublicKey)
	rebuilt, err := note.NewEd25519VerifierKey(key.KeyName, pub)
	switch {
	case err != nil:
		return nil, fmt.Errorf("public key %q: %w", key.PublicKey, err)
	case key.Algorithm != "Ed25519" || key.KeyName != key.Origin || rebuilt != key.VerifierKey ||
		fmt.Sprintf("%08x", verifier.KeyHash()) != key.KeyID:
		return nil, fmt.Errorf("/ledger/key is inconsistent: %+v (expected verifier key %s)", key, rebuilt)
	}

	body, err := c.get("/ledger/checkpoint", "text/plain")
	if err != nil {
		return nil, err
	}
	latest, err := openCheckpoint(body, verifier, key.Origin)
	if err != nil {
		return nil, fmt.Errorf("latest checkpoint: %w", err)
	}
	r := &report{origin: key.Origin, verifierKey: key.VerifierKey, treeSize: latest.size, root: latest.root}
	list, err := parsePositions(positions, latest.size)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("nothing to verify in a tree of size %d", latest.size)
	}

	// Leaves and inclusion proofs, all against the latest checkpoint.
	leafHashes := make([]tlog.Hash, 0, len(list))
	var sample struct {
		proof tlog.RecordProof
		p     int64
		leaf  tlog.Hash
	}
	for _, p := range list {
		leaf, err := c.get(fmt.Sprintf("/ledger/leaves/%d", p), "application/json")
		if err != nil {
			return nil, err
		}
		if err := checkLeaf(leaf, p); err != nil {
			return nil, fmt.Errorf("leaf %d: %w\n%s", p, err, leaf)
		}
		r.leaves++
		h := tlog.RecordHash(leaf)
		var proof struct {
			Position  int64            `json:"position"`
			TreeSize  int64            `json:"treeSize"`
			LeafHash  tlog.Hash        `json:"leafHash"`
			AuditPath tlog.RecordProof `json:"auditPath"` // RFC 9162 order is tlog's order
		}
		if err := c.getJSON(fmt.Sprintf("/ledger/proofs/inclusion?position=%d&treeSize=%d", p, latest.size), &proof); err != nil {
			return nil, err
		}
		if proof.Position != p || proof.TreeSize != latest.size || proof.LeafHash != h {
			return nil, fmt.Errorf("inclusion proof of %d in %d names position %d, tree size %d, leaf hash %s; the leaf hashes to %s",
				p, latest.size, proof.Position, proof.TreeSize, proof.LeafHash, h)
		}
		if err := tlog.CheckRecord(proof.AuditPath, latest.size, latest.root, p, h); err != nil {
			return nil, fmt.Errorf("inclusion proof of leaf %d in tree %d: %w", p, latest.size, err)
		}
		r.inclusion++
		leafHashes = append(leafHashes, h)
		sample.proof, sample.p, sample.leaf = proof.AuditPath, p, h
	}

	// A check that accepts everything would pass all of the above: flip one bit of a served
	// proof (or, in a one-leaf tree whose proof is empty, of the leaf hash) and require a failure.
	tampered, leaf := append(tlog.RecordProof(nil), sample.proof...), sample.leaf
	if len(tampered) > 0 {
		tampered[len(tampered)/2][7] ^= 0x10
	} else {
		leaf[7] ^= 0x10
	}
	if tlog.CheckRecord(tampered, latest.size, latest.root, sample.p, leaf) == nil {
		return nil, fmt.Errorf("self-check: a tampered inclusion proof of leaf %d verified", sample.p)
	}
	r.tamperedRejected++

	// With every leaf in hand, recompute the roots ourselves (tlog's stored-hash layout, in memory).
	var tree memory
	if int64(len(list)) == latest.size {
		for n, h := range leafHashes {
			stored, err := tlog.StoredHashesForRecordHash(int64(n), h, tree)
			if err != nil {
				return nil, err
			}
			tree = append(tree, stored...)
		}
	}

	// Every signed checkpoint up to the latest: signatures, roots, and consistency between them.
	listed, err := c.checkpoints()
	if err != nil {
		return nil, err
	}
	var signed []checkpoint
	for _, l := range listed {
		if l.TreeSize > latest.size {
			continue // signed after we read the latest
		}
		cp, err := openCheckpoint([]byte(l.Note), verifier, key.Origin)
		if err != nil {
			return nil, fmt.Errorf("checkpoint of size %d: %w", l.TreeSize, err)
		}
		if cp.size != l.TreeSize || cp.root.String() != l.RootHash || l.KeyID != key.KeyID {
			return nil, fmt.Errorf("checkpoint listed as size %d, root %s, key %s signs size %d, root %s",
				l.TreeSize, l.RootHash, l.KeyID, cp.size, cp.root)
		}
		if tree != nil {
			root, err := tree.root(cp.size)
			if err != nil {
				return nil, err
			}
			if root != cp.root {
				return nil, fmt.Errorf("checkpoint of size %d signs root %s; the leaves hash to %s", cp.size, cp.root, root)
			}
			r.roots++
		}
		signed = append(signed, cp)
		r.checkpoints++
	}
	if len(signed) == 0 || signed[len(signed)-1] != latest {
		return nil, fmt.Errorf("the latest checkpoint (size %d) is not the last of /ledger/checkpoints", latest.size)
	}
	var nonEmpty []checkpoint
	for _, cp := range signed {
		if cp.size > 0 {
			nonEmpty = append(nonEmpty, cp)
		}
	}
	var pairs [][2]checkpoint
	for i := 1; i < len(nonEmpty); i++ {
		pairs = append(pairs, [2]checkpoint{nonEmpty[i-1], nonEmpty[i]})
	}
	if len(nonEmpty) != 2 { // with two, the first and the latest are already the one consecutive pair
		pairs = append(pairs, [2]checkpoint{nonEmpty[0], latest})
	}
	var flipped bool
	for _, pair := range pairs {
		old, cur := pair[0], pair[1]
		var proof struct {
			From  int64          `json:"from"`
			To    int64          `json:"to"`
			Proof tlog.TreeProof `json:"proof"` // RFC 9162 order is tlog's order
		}
		if err := c.getJSON(fmt.Sprintf("/ledger/proofs/consistency?from=%d&to=%d", old.size, cur.size), &proof); err != nil {
			return nil, err
		}
		if proof.From != old.size || proof.To != cur.size {
			return nil, fmt.Errorf("consistency proof from %d to %d names %d to %d", old.size, cur.size, proof.From, proof.To)
		}
		if err := tlog.CheckTree(proof.Proof, cur.size, cur.root, old.size, old.root); err != nil {
			return nil, fmt.Errorf("consistency proof from %d to %d: %w", old.size, cur.size, err)
		}
		r.consistency++
		if !flipped && len(proof.Proof) > 0 {
			proof.Proof[0][7] ^= 0x10
			if tlog.CheckTree(proof.Proof, cur.size, cur.root, old.size, old.root) == nil {
				return nil, fmt.Errorf("self-check: a tampered consistency proof from %d to %d verified", old.size, cur.size)
			}
			flipped = true
			r.tamperedRejected++
		}
	}
	return r, nil
}

type checkpoint struct {
	size int64
	root tlog.Hash
}

// openCheckpoint verifies a signed note and parses its C2SP tlog-checkpoint body: the origin, the
// tree size in decimal and the root in base64, one line each (docs/ledger.md §4).
func openCheckpoint(msg []byte, v note.Verifier, origin string) (checkpoint, error) {
	n, err := note.Open(msg, note.VerifierList(v))
	if err != nil {
		return checkpoint{}, fmt.Errorf("signed note: %w\n%s", err, msg)
	}
	lines := strings.Split(n.Text, "\n")
	if len(lines) != 4 || lines[0] != origin {
		return checkpoint{}, fmt.Errorf("not a three-line checkpoint of origin %s:\n%s", origin, n.Text)
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 || strconv.FormatInt(size, 10) != lines[1] {
		return checkpoint{}, fmt.Errorf("malformed tree size %q", lines[1])
	}
	root, err := tlog.ParseHash(lines[2])
	if err != nil || root.String() != lines[2] {
		return checkpoint{}, fmt.Errorf("malformed root hash %q", lines[2])
	}
	if size == 0 && root != emptyRoot {
		return checkpoint{}, fmt.Errorf("the empty tree's root is %s, not SHA-256() = %s", root, emptyRoot)
	}
	return checkpoint{size, root}, nil
}

// memory is an in-memory tlog.HashReader over hashes stored in tlog's order.
type memory []tlog.Hash

func (m memory) ReadHashes(indexes []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(indexes))
	for i, x := range indexes {
		if x < 0 || x >= int64(len(m)) {
			return nil, fmt.Errorf("no stored hash %d", x)
		}
		out[i] = m[x]
	}
	return out, nil
}

func (m memory) root(size int64) (tlog.Hash, error) {
	if size == 0 {
		return emptyRoot, nil
	}
	return tlog.TreeHash(size, m)
}

// parsePositions reads "all" or a comma-separated list of positions and ranges such as "0-4,7".
func parsePositions(spec string, size int64) ([]int64, error) {
	if spec == "all" {
		spec = fmt.Sprintf("0-%d", size-1)
		if size == 0 {
			return nil, nil
		}
	}
	seen := map[int64]bool{}
	var list []int64
	for _, part := range strings.Split(spec, ",") {
		first, last, isRange := strings.Cut(part, "-")
		if !isRange {
			last = first
		}
		lo, err1 := strconv.ParseInt(first, 10, 64)
		hi, err2 := strconv.ParseInt(last, 10, 64)
		if err1 != nil || err2 != nil || lo < 0 || hi < lo {
			return nil, fmt.Errorf("malformed positions %q", spec)
		}
		if hi >= size {
			return nil, fmt.Errorf("position %d is not in the tree of size %d", hi, size)
		}
		for p := lo; p <= hi; p++ {
			if !seen[p] {
				seen[p] = true
				list = append(list, p)
			}
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	return list, nil
}

// leafMembers are the members of an accord/leaf/v1 leaf and their JSON types (docs/ledger.md §2).
var leafMembers = map[string]string{
	"agreementId": "string", "causationId": "string|null", "correlationId": "string|null",
	"eventId": "string", "eventRevision": "string|null", "eventType": "string",
	"format": "string", "occurredOn": "object|null", "payload": "object", "position": "number",
	"recordedAt": "string", "recordedBy": "string|null", "version": "number",
}

// checkLeaf checks that leaf is the canonical accord/leaf/v1 leaf of position p.
func checkLeaf(leaf []byte, p int64) error {
	dec := json.NewDecoder(bytes.NewReader(leaf))
	dec.UseNumber() // keep numbers as written, to re-serialize them as RFC 8785 says
	var v any
	if err := dec.Decode(&v); err != nil {
		return err
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return errors.New("not a JSON object")
	}
	for name, want := range leafMembers {
		value, present := obj[name]
		if !present {
			return fmt.Errorf("member %q is missing", name)
		}
		if got := jsonType(value); !strings.Contains("|"+want+"|", "|"+got+"|") {
			return fmt.Errorf("member %q is a %s, not a %s", name, got, want)
		}
	}
	if len(obj) != len(leafMembers) {
		return fmt.Errorf("%d members, not the %d of accord/leaf/v1", len(obj), len(leafMembers))
	}
	if obj["format"] != "accord/leaf/v1" {
		return fmt.Errorf("format %q", obj["format"])
	}
	if obj["position"] != json.Number(strconv.FormatInt(p, 10)) {
		return fmt.Errorf("position %v", obj["position"])
	}
	if version, err := strconv.ParseInt(string(obj["version"].(json.Number)), 10, 64); err != nil || version < 0 {
		return fmt.Errorf("version %v is not a sequence number", obj["version"])
	}
	for _, name := range []string{"agreementId", "eventId", "eventType"} {
		if obj[name] == "" {
			return fmt.Errorf("%s is empty", name)
		}
	}
	if at := obj["recordedAt"].(string); !strings.HasSuffix(at, "Z") {
		return fmt.Errorf("recordedAt %q is not UTC", at)
	} else if _, err := time.Parse(time.RFC3339Nano, at); err != nil {
		return fmt.Errorf("recordedAt: %w", err)
	}
	// A missing payload.occurredOn is copied as null.
	fromPayload, err := canonicalJSON(obj["payload"].(map[string]any)["occurredOn"])
	if err != nil {
		return err
	}
	occurredOn, _ := canonicalJSON(obj["occurredOn"])
	if !bytes.Equal(fromPayload, occurredOn) {
		return fmt.Errorf("occurredOn %s is not payload.occurredOn %s", occurredOn, fromPayload)
	}
	// Byte equality with our own serialization also rejects duplicate names, invalid UTF-8,
	// whitespace and trailing data, which encoding/json forgives.
	canonical, err := canonicalJSON(v)
	if err != nil {
		return err
	}
	if !bytes.Equal(canonical, leaf) {
		i := 0
		for i < len(leaf) && i < len(canonical) && leaf[i] == canonical[i] {
			i++
		}
		return fmt.Errorf("not RFC 8785 canonical: from byte %d it should read %.40q", i, canonical[i:])
	}
	return nil
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		return "number"
	case []any:
		return "array"
	default:
		return "object"
	}
}

// canonicalJSON serializes a value decoded by encoding/json (with UseNumber) as RFC 8785 does.
func canonicalJSON(v any) ([]byte, error) {
	return appendCanonical(nil, v)
}

func appendCanonical(b []byte, v any) ([]byte, error) {
	var err error
	switch v := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case bool:
		return strconv.AppendBool(b, v), nil
	case string:
		return appendString(b, v), nil
	case json.Number:
		f, err := strconv.ParseFloat(string(v), 64)
		if err != nil {
			return nil, fmt.Errorf("number %s: %w", v, err)
		}
		return append(b, esNumber(f)...), nil
	case []any:
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = appendCanonical(b, e); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	case map[string]any:
		names := make([]string, 0, len(v))
		for name := range v {
			names = append(names, name)
		}
		sort.Slice(names, func(i, j int) bool { return utf16Less(names[i], names[j]) })
		b = append(b, '{')
		for i, name := range names {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(appendString(b, name), ':')
			if b, err = appendCanonical(b, v[name]); err != nil {
				return nil, err
			}
		}
		return append(b, '}'), nil
	}
	return nil, fmt.Errorf("not a JSON value: %T", v)
}

// utf16Less orders member names by UTF-16 code units (RFC 8785 §3.2.3), which differs from Go's
// string order (code points) for characters above U+FFFF.
func utf16Less(a, b string) bool {
	x, y := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] != y[i] {
			return x[i] < y[i]
		}
	}
	return len(x) < len(y)
}

// appendString escapes as RFC 8785 §3.2.2.2: \b \t \n \f \r \" \\ as two characters, the other
// controls as \u00xx in lowercase hex, everything else (including non-ASCII and /) as is.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b = append(b, '\\', byte(r))
		case '\b':
			b = append(b, `\b`...)
		case '\t':
			b = append(b, `\t`...)
		case '\n':
			b = append(b, `\n`...)
		case '\f':
			b = append(b, `\f`...)
		case '\r':
			b = append(b, `\r`...)
		default:
			if r < 0x20 {
				b = append(b, fmt.Sprintf(`\u%04x`, r)...)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return append(b, '"')
}

// esNumber writes a finite double as ECMAScript's Number::toString (ECMA-262 §6.1.6.1.20), the
// form RFC 8785 §3.2.2.3 prescribes: the shortest digits that round-trip, written plainly for
// decimal exponents from -6 to 20 and as d.ddde±x otherwise. JSON has no NaN or infinities.
func esNumber(f float64) string {
	if f == 0 || math.IsNaN(f) || math.IsInf(f, 0) {
		return "0" // -0 is "0"; the others cannot come from JSON text
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	// Go's shortest form d.ddde±x gives the digits d1…dk; f = 0.d1…dk × 10^n with n = x+1.
	mantissa, exp, _ := strings.Cut(strconv.FormatFloat(f, 'e', -1, 64), "e")
	digits := strings.Replace(mantissa, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	k, n := len(digits), x+1
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	if k > 1 {
		digits = digits[:1] + "." + digits[1:]
	}
	if x > 0 {
		return sign + digits + "e+" + strconv.Itoa(x)
	}
	return sign + digits + "e" + strconv.Itoa(x)
}

// client reads the service's ledger endpoints as one user.
type client struct {
	base, user, password string
	http                 *http.Client
}

// get answers the exact body of a 200 answer of the given content type.
func (c *client) get(path, contentType string) ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.user, c.password)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s: %.500s", path, resp.Status, body)
	}
	if got := resp.Header.Get("Content-Type"); !strings.HasPrefix(got, contentType) {
		return nil, fmt.Errorf("GET %s: Content-Type %q, not %s", path, got, contentType)
	}
	return body, nil
}

func (c *client) getJSON(path string, v any) error {
	body, err := c.get(path, "application/json")
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("GET %s: %w: %.500s", path, err, body)
	}
	return nil
}

type listedCheckpoint struct {
	TreeSize int64  `json:"treeSize"`
	RootHash string `json:"rootHash"`
	KeyID    string `json:"keyId"`
	Note     string `json:"note"`
}

// checkpoints reads every page of /ledger/checkpoints, asking each time for the checkpoints after
// the last one received, and checks they come in ascending tree size.
func (c *client) checkpoints() ([]listedCheckpoint, error) {
	var all []listedCheckpoint
	path := "/ledger/checkpoints"
	for {
		var page struct {
			Checkpoints []listedCheckpoint `json:"checkpoints"`
			Next        json.RawMessage    `json:"next"`
		}
		if err := c.getJSON(path, &page); err != nil {
			return nil, err
		}
		for _, cp := range page.Checkpoints {
			if len(all) > 0 && cp.TreeSize <= all[len(all)-1].TreeSize {
				return nil, fmt.Errorf("GET %s: tree size %d after %d", path, cp.TreeSize, all[len(all)-1].TreeSize)
			}
			all = append(all, cp)
		}
		if len(page.Checkpoints) == 0 || len(page.Next) == 0 || string(page.Next) == "null" {
			return all, nil
		}
		path = fmt.Sprintf("/ledger/checkpoints?after=%d", all[len(all)-1].TreeSize)
	}
}
