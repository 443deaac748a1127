package accord.benchmark.rebuild;

import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.Person;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import accord.messages.events.AgreementAmended;
import accord.messages.events.AgreementEvent;
import accord.messages.events.CommitmentRecorded;
import accord.messages.events.MilestoneRecorded;
import accord.messages.events.MoUSigned;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.events.StatementRecorded;
import accord.messages.events.TaskForceFormed;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One generated agreement: a signed MoU followed by the facts a ledger keeps about such an
 * agreement, in proportions like the seed agreements' (statements and commitments most often).
 * Every task force and scope area is new, so every event changes the agreement's state.
 */
final class AgreementStory {

    private static final List<Party> PARTIES = List.of(
            new Party("KR", PartyKind.STATE, "Republic of Korea", null),
            new Party("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", null));
    private static final List<Signatory> SIGNATORIES = List.of(
            new Signatory("Lee Jae Myung", "President", "KR"),
            new Signatory("Larry Fink", "Chief Executive Officer", "BLACKROCK"));
    private static final Person SPEAKER = new Person("Kim Yong-beom", "Presidential Chief of Staff for Policy");
    private static final String MANDATE = "Coordinate the site selection, power supply, cooling, grid connection and "
            + "permitting for the hyperscale AI data centre; report progress to both parties every quarter; propose "
            + "financing structures, workforce training and local supplier programmes.";
    private static final String STATEMENT = "The partnership will turn the Republic of Korea into an AI hub of the "
            + "Asia-Pacific region; both sides agreed to move from the memorandum to concrete investment projects.";
    private static final String COMMITMENT = "Explore investments in AI data centres, renewable energy and power "
            + "grids, and bring in global capital alongside national funds.";

    /** Event kinds after the MoU, each listed as often as it is drawn (statements 3 in 10, and so on). */
    private static final int[] MIX = {0, 0, 0, 1, 1, 2, 2, 3, 4, 5};

    private final String id;
    private final int index;
    private final int size;
    private final Source source;
    private int next;
    private final int[] counts = new int[Expectation.FACTS];

    AgreementStory(int index, String id, int size) {
        this.index = index;
        this.id = id;
        this.size = size;
        this.source = new Source("Benchmark Wire", "Agreement " + id + " reported",
                "https://bench.accord.example/" + id, "2025-09-23", "en");
    }

    int index() {
        return index;
    }

    String id() {
        return id;
    }

    boolean finished() {
        return next == size;
    }

    /** @return the sequence number the next event takes */
    int nextSequence() {
        return next;
    }

    /** @return the next event of this agreement; its sequence number was {@link #nextSequence()} */
    AgreementEvent next(SplittableRandom random) {
        int sequence = next++;
        List<Source> sources = List.of(source);
        OccurredOn on = occurredOn(sequence);
        if (sequence == 0) {
            return new MoUSigned(id, "Memorandum of understanding " + id, PARTIES, SIGNATORIES, "New York",
                    List.of("Develop a hyperscale AI data centre", "Build an AI ecosystem in the Asia-Pacific"),
                    10, on, sources);
        }
        int kind = MIX[random.nextInt(MIX.length)];
        counts[kind]++;
        return switch (kind) {
            case Expectation.STATEMENTS -> new StatementRecorded(id, SPEAKER, "KR", STATEMENT + " (" + sequence + ")",
                    on, sources);
            case Expectation.COMMITMENTS -> new CommitmentRecorded(id, sequence % 2 == 0 ? "KR" : "BLACKROCK",
                    COMMITMENT + " (" + sequence + ")", on, sources);
            case Expectation.MILESTONES -> new MilestoneRecorded(id, "Milestone " + sequence,
                    "Phase " + sequence + " of the data centre reached", on, sources);
            case Expectation.TASK_FORCES -> new TaskForceFormed(id, "Task force " + sequence,
                    List.of("KR", "BLACKROCK"), MANDATE, on, sources);
            case Expectation.SCOPE_AREAS -> new ScopeAreasAdded(id, List.of("Area " + sequence), on, sources);
            default -> new AgreementAmended(id, "Amendment " + sequence + ": the parties extend the first phase",
                    on, sources);
        };
    }

    Expectation expectation() {
        return new Expectation(id, size - 1, counts.clone());
    }

    private static OccurredOn occurredOn(int sequence) {
        LocalDate date = LocalDate.of(2025, 9, 22).plusDays(sequence / 4);
        return sequence % 3 == 2
                ? new OccurredOn(date.toString().substring(0, 7), DatePrecision.MONTH)
                : new OccurredOn(date.toString(), DatePrecision.DAY);
    }
}
