package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

const origin = "accord.example/ledger"

// fakeLedger serves docs/ledger.md §5 for leaves it holds in memory, with tlog's proofs and
// checkpoints signed by a key generated for the test. Its fields let a test make it lie.
type fakeLedger struct {
	t       *testing.T
	leaves  [][]byte
	sizes   []int64 // signed tree sizes, ascending; the last is the latest checkpoint
	signer  note.Signer
	vkey    string
	served  map[int64][]byte    // leaves served instead of the ones in the tree
	roots   map[int64]tlog.Hash // roots signed instead of the true ones
	flipped map[string]bool     // proofs served with one bit flipped, by "inclusion/p" or "consistency/m"
}

func newFakeLedger(t *testing.T, leaves int, sizes ...int64) *fakeLedger {
	skey, vkey, err := note.GenerateKey(rand.Reader, origin)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := note.NewSigner(skey)
	if err != nil {
		t.Fatal(err)
	}
	l := &fakeLedger{t: t, sizes: sizes, signer: signer, vkey: vkey,
		served: map[int64][]byte{}, roots: map[int64]tlog.Hash{}, flipped: map[string]bool{}}
	for p := 0; p < leaves; p++ {
		l.leaves = append(l.leaves, testLeaf(int64(p)))
	}
	return l
}

// testLeaf is a canonical leaf; odd positions have no occurredOn, so theirs is null.
func testLeaf(p int64) []byte {
	occurred := `{"date":"2025-09","precision":"MONTH"}`
	payload := `{"amountUsd":3.5e+21,"headline":"Südkorea \"MoU\"\n€ 😀\u001f","occurredOn":` + occurred + `,"share":0.000001,"termYears":10}`
	if p%2 == 1 {
		occurred, payload = "null", `{"label":"ratified","ratio":1e-7}`
	}
	return []byte(fmt.Sprintf(`{"agreementId":"kr-blackrock-ai-datacentre-mou","causationId":null,"correlationId":"c-%d",`+
		`"eventId":"e-%d","eventRevision":null,"eventType":"accord.messages.events.MoUSigned","format":"accord/leaf/v1",`+
		`"occurredOn":%s,"payload":%s,"position":%d,"recordedAt":"2025-10-01T09:30:00.123456789Z","recordedBy":"clerk",`+
		`"version":%d}`, p, p, occurred, payload, p, p))
}

func (l *fakeLedger) hashes() memory {
	var m memory
	for n, leaf := range l.leaves {
		stored, err := tlog.StoredHashes(int64(n), leaf, m)
		if err != nil {
			l.t.Fatal(err)
		}
		m = append(m, stored...)
	}
	return m
}

func (l *fakeLedger) checkpoint(size int64) string {
	root, err := l.hashes().root(size)
	if err != nil {
		l.t.Fatal(err)
	}
	if lie, ok := l.roots[size]; ok {
		root = lie
	}
	msg, err := note.Sign(&note.Note{Text: fmt.Sprintf("%s\n%d\n%s\n", origin, size, root)}, l.signer)
	if err != nil {
		l.t.Fatal(err)
	}
	return string(msg)
}

func (l *fakeLedger) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if user, password, _ := r.BasicAuth(); user != "auditor" || password != "secret" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	number := func(name string) int64 {
		n, err := strconv.ParseInt(r.URL.Query().Get(name), 10, 64)
		if err != nil {
			l.t.Fatalf("%s: %v", r.URL, err)
		}
		return n
	}
	flip := func(proof []tlog.Hash, key string) {
		if l.flipped[key] {
			proof[0][0] ^= 1
		}
	}
	switch path := r.URL.Path; {
	case path == "/ledger/key":
		public, _ := base64.StdEncoding.DecodeString(strings.SplitN(l.vkey, "+", 3)[2]) // name+id+base64(0x01 || key)
		writeJSON(w, map[string]any{"origin": origin, "keyName": origin, "keyId": l.vkey[len(origin)+1 : len(origin)+9],
			"algorithm": "Ed25519", "publicKey": public[1:], "verifierKey": l.vkey})
	case path == "/ledger/checkpoint":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, l.checkpoint(l.sizes[len(l.sizes)-1]))
	case path == "/ledger/checkpoints": // two a page, to exercise paging
		after := int64(-1)
		if r.URL.Query().Has("after") {
			after = number("after")
		}
		var page []map[string]any
		var next any
		for _, size := range l.sizes {
			if size > after && len(page) == 2 {
				next = page[1]["treeSize"]
				break
			}
			if size > after {
				msg := l.checkpoint(size)
				page = append(page, map[string]any{"treeSize": size, "rootHash": strings.Split(msg, "\n")[2],
					"keyId": l.vkey[len(origin)+1 : len(origin)+9], "signedAt": "2025-10-01T09:30:00Z", "note": msg})
			}
		}
		writeJSON(w, map[string]any{"checkpoints": page, "next": next})
	case strings.HasPrefix(path, "/ledger/leaves/"):
		p, _ := strconv.ParseInt(strings.TrimPrefix(path, "/ledger/leaves/"), 10, 64)
		w.Header().Set("Content-Type", "application/json")
		w.Write(l.leaf(p))
	case path == "/ledger/proofs/inclusion":
		p, n := number("position"), number("treeSize")
		proof, err := tlog.ProveRecord(n, p, l.hashes())
		if err != nil {
			l.t.Fatal(err)
		}
		flip(proof, fmt.Sprint("inclusion/", p))
		writeJSON(w, map[string]any{"position": p, "treeSize": n, "leafHash": tlog.RecordHash(l.leaf(p)), "auditPath": proof})
	case path == "/ledger/proofs/consistency":
		m, n := number("from"), number("to")
		proof, err := tlog.ProveTree(n, m, l.hashes())
		if err != nil {
			l.t.Fatal(err)
		}
		flip(proof, fmt.Sprint("consistency/", m))
		writeJSON(w, map[string]any{"from": m, "to": n, "proof": proof})
	default:
		http.NotFound(w, r)
	}
}

func (l *fakeLedger) leaf(p int64) []byte {
	if leaf, ok := l.served[p]; ok {
		return leaf
	}
	return l.leaves[p]
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func run(l *fakeLedger, positions string) (*report, error) {
	server := httptest.NewServer(l)
	defer server.Close()
	return verify(&client{base: server.URL, user: "auditor", password: "secret", http: server.Client()}, positions, "")
}

func TestAnHonestLedgerVerifies(t *testing.T) {
	for _, c := range []struct {
		leaves                  int
		sizes                   []int64
		positions               string
		consistency, rootsAgain int
	}{
		{13, []int64{0, 1, 5, 8, 13}, "all", 4, 5}, // 1→5, 5→8, 8→13, 1→13
		{13, []int64{0, 6, 13}, "all", 1, 3},       // 6→13 only
		{1, []int64{0, 1}, "all", 1, 2},            // 1→1, with an empty proof
		{13, []int64{0, 5, 8, 13}, "2,4-6", 3, 0},  // a subset: no roots recomputed
	} {
		r, err := run(newFakeLedger(t, c.leaves, c.sizes...), c.positions)
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		checked := c.leaves
		if c.positions != "all" {
			checked = 4
		}
		if r.leaves != checked || r.inclusion != checked || r.consistency != c.consistency ||
			r.checkpoints != len(c.sizes) || r.roots != c.rootsAgain || r.tamperedRejected < 1 {
			t.Errorf("%+v: report %+v", c, r)
		}
	}
}

func TestALyingLedgerFails(t *testing.T) {
	rewrite := func(p int64, from, to string) func(*fakeLedger) {
		return func(l *fakeLedger) { l.leaves[p] = []byte(strings.Replace(string(l.leaves[p]), from, to, 1)) }
	}
	for _, c := range []struct {
		name, want string
		lie        func(*fakeLedger)
	}{
		{"a leaf served other than it was hashed", "inclusion proof of leaf 3",
			func(l *fakeLedger) {
				l.served[3] = []byte(strings.Replace(string(testLeaf(3)), "ratified", "rejected", 1))
			}},
		{"a leaf with whitespace", "not RFC 8785 canonical", rewrite(2, `,"format"`, `, "format"`)},
		{"a leaf with members out of order", "not RFC 8785 canonical", rewrite(2, `"causationId":null,"correlationId":"c-2"`, `"correlationId":"c-2","causationId":null`)},
		{"a number not in ECMAScript form", "not RFC 8785 canonical", rewrite(2, `3.5e+21`, `3500000000000000000000`)},
		{"a needless escape", "not RFC 8785 canonical", rewrite(2, `€`, `\u20ac`)},
		{"a duplicate member", "not RFC 8785 canonical", rewrite(2, `"version":2`, `"version":2,"version":2`)},
		{"a leaf of another position", `position 4`, rewrite(5, `"position":5`, `"position":4`)},
		{"an extra member", "14 members", rewrite(5, `{`, `{"extra":1,`)},
		{"a missing member", `"recordedBy" is missing`, rewrite(5, `"recordedBy":"clerk",`, ``)},
		{"a member of the wrong type", `"version" is a string`, rewrite(5, `"version":5`, `"version":"5"`)},
		{"another format", `format "accord/leaf/v2"`, rewrite(5, `leaf/v1`, `leaf/v2`)},
		{"occurredOn not the payload's", "is not payload.occurredOn", rewrite(4, `"MONTH"}`, `"DAY"}`)},
		{"a bit flipped in an audit path", "inclusion proof of leaf 6",
			func(l *fakeLedger) { l.flipped["inclusion/6"] = true }},
		{"a bit flipped in a consistency proof", "consistency proof from 5 to 8",
			func(l *fakeLedger) { l.flipped["consistency/5"] = true }},
		{"a checkpoint signed by another key", "no verifiable signatures",
			func(l *fakeLedger) { l.signer, _ = note.NewSigner(otherKey(t)) }},
		{"a rewritten history", "checkpoint of size 5 signs root",
			func(l *fakeLedger) { l.roots[5] = tlog.RecordHash([]byte("forked")) }},
		{"the empty tree hashed as tlog does", "the empty tree's root",
			func(l *fakeLedger) { l.roots[0] = tlog.Hash{} }},
		{"an empty ledger", "nothing to verify", func(l *fakeLedger) { l.leaves, l.sizes = nil, []int64{0} }},
	} {
		l := newFakeLedger(t, 13, 0, 1, 5, 8, 13)
		c.lie(l)
		if _, err := run(l, "all"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error with %q", c.name, err, c.want)
		}
	}
	// Without the leaves to recompute roots from, a forked history is caught by the consistency proofs.
	l := newFakeLedger(t, 13, 0, 1, 5, 8, 13)
	l.roots[5] = tlog.RecordHash([]byte("forked"))
	if _, err := run(l, "0"); err == nil || !strings.Contains(err.Error(), "consistency proof from 1 to 5") {
		t.Errorf("forked history, one leaf checked: got %v", err)
	}
}

func otherKey(t *testing.T) string {
	skey, _, err := note.GenerateKey(rand.Reader, origin)
	if err != nil {
		t.Fatal(err)
	}
	return skey
}

// TestTlogProofsAreRFC9162Proofs compares tlog's proofs with RFC 9162 §2.1.3.1 PATH and §2.1.4.1
// PROOF transcribed literally: same hashes, same (leaf-to-root) order.
func TestTlogProofsAreRFC9162Proofs(t *testing.T) {
	l := newFakeLedger(t, 33)
	stored := l.hashes()
	var d []tlog.Hash
	for _, leaf := range l.leaves {
		d = append(d, tlog.RecordHash(leaf))
	}
	for n := int64(1); n <= int64(len(d)); n++ {
		root, _ := stored.root(n)
		if root != mth(d[:n]) {
			t.Fatalf("root of %d", n)
		}
		for m := int64(0); m < n; m++ {
			proof, err := tlog.ProveRecord(n, m, stored)
			if err != nil || fmt.Sprint(proof) != fmt.Sprint(rfcPath(m, d[:n])) {
				t.Fatalf("inclusion of %d in %d: tlog %v, RFC 9162 %v (%v)", m, n, proof, rfcPath(m, d[:n]), err)
			}
			if proof, err := tlog.ProveTree(n, m+1, stored); err != nil || fmt.Sprint(proof) != fmt.Sprint(rfcSubproof(m+1, d[:n], true)) {
				t.Fatalf("consistency of %d with %d: tlog %v, RFC 9162 %v (%v)", m+1, n, proof, rfcSubproof(m+1, d[:n], true), err)
			}
		}
	}
}

func mth(d []tlog.Hash) tlog.Hash {
	switch len(d) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return d[0]
	}
	k := largestPowerOfTwoBelow(int64(len(d)))
	return tlog.NodeHash(mth(d[:k]), mth(d[k:]))
}

func rfcPath(m int64, d []tlog.Hash) []tlog.Hash {
	n := int64(len(d))
	if n == 1 {
		return nil
	}
	if k := largestPowerOfTwoBelow(n); m < k {
		return append(rfcPath(m, d[:k]), mth(d[k:]))
	} else {
		return append(rfcPath(m-k, d[k:]), mth(d[:k]))
	}
}

func rfcSubproof(m int64, d []tlog.Hash, b bool) []tlog.Hash {
	n := int64(len(d))
	if m == n {
		if b {
			return nil
		}
		return []tlog.Hash{mth(d)}
	}
	if k := largestPowerOfTwoBelow(n); m <= k {
		return append(rfcSubproof(m, d[:k], b), mth(d[k:]))
	} else {
		return append(rfcSubproof(m-k, d[k:], false), mth(d[:k]))
	}
}

func largestPowerOfTwoBelow(n int64) int64 {
	k := int64(1)
	for k*2 < n {
		k *= 2
	}
	return k
}

// TestCanonicalJSON uses the examples of RFC 8785 §3.2.2 and §3.2.3.
func TestCanonicalJSON(t *testing.T) {
	for input, want := range map[string]string{
		`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
		  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
		  "literals": [null, true, false]}`: `{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
		`{"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
		  "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis"}`: "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\"," +
			"\"\u20ac\":\"Euro Sign\",\"\U0001F600\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
		`[0, -0, 1, -1, 100, 1e21, 1e20, 123456789012345680000, 0.1, 1e-6, 1e-7, -1.5e-9, 5e-324, 1.7976931348623157e308]`: `[0,0,1,-1,100,1e+21,100000000000000000000,123456789012345680000,0.1,0.000001,1e-7,-1.5e-9,5e-324,1.7976931348623157e+308]`,
	} {
		dec := json.NewDecoder(strings.NewReader(input))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		if got, err := canonicalJSON(v); err != nil || string(got) != want {
			t.Errorf("canonical form of %s:\n got %s (%v)\nwant %s", input, got, err, want)
		}
	}
}
