package dev.retort.operations;

/**
 * Describes a callback given without a description. A named class describes itself by its name;
 * a lambda has no name stable across compilations, so all lambdas share one description and a
 * change inside one goes unseen by the checksum.
 */
final class CallbackDescriptions {

	static final String LAMBDA = "JDBC callback";

	private CallbackDescriptions() {
	}

	static String describe(Object callback) {
		Class<?> type = callback.getClass();
		if (type.isHidden() || type.isSynthetic() || type.isAnonymousClass()) {
			return LAMBDA;
		}
		return type.getName();
	}

}
