/**
 * Why a command was refused: stable error codes, the kind of each refusal, and the exception
 * that carries a code and a sentence a clerk can act on.
 */
package accord.messages.refusals;
