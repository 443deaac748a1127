package accord.messages.agreement;

/** What kind of instrument an agreement is. */
public enum AgreementKind {
    /** A memorandum of understanding: a statement of intent, usually not binding. */
    MOU,
    /** A bilateral agreement between two states. */
    BILATERAL_AGREEMENT,
    /** A deal, for example a technology or investment deal. */
    DEAL,
    /** A trade or export arrangement. */
    TRADE_ARRANGEMENT,
    /** A joint statement of the parties. */
    JOINT_STATEMENT
}
