package dev.retort.autogenerate.models;

import java.util.List;

import dev.retort.autogenerate.models.inheritance.Animal;
import dev.retort.autogenerate.models.inheritance.CardPayment;
import dev.retort.autogenerate.models.inheritance.Car;
import dev.retort.autogenerate.models.inheritance.Cat;
import dev.retort.autogenerate.models.inheritance.Dog;
import dev.retort.autogenerate.models.inheritance.Payment;
import dev.retort.autogenerate.models.inheritance.Truck;
import dev.retort.autogenerate.models.inheritance.Vehicle;
import dev.retort.autogenerate.models.kinds.Measurement;
import dev.retort.autogenerate.models.library.Author;
import dev.retort.autogenerate.models.library.Book;
import dev.retort.autogenerate.models.library.BookCopy;
import dev.retort.autogenerate.models.library.Publisher;
import dev.retort.autogenerate.models.shop.Coupon;
import dev.retort.autogenerate.models.shop.Customer;
import dev.retort.autogenerate.models.shop.PurchaseOrder;

/**
 * The entity models autogenerate is tested on; together they use every mapping feature the
 * issue lists.
 */
public final class EntityModels {

	/** The seed post's User and Item, before "Add is_active to User". */
	public static final List<Class<?>> SEED = List.of(dev.retort.autogenerate.models.seed.User.class,
			dev.retort.autogenerate.models.seed.Item.class);

	/** The seed post's User and Item, after "Add is_active to User". */
	public static final List<Class<?>> SEED_WITH_IS_ACTIVE = List.of(dev.retort.autogenerate.models.seed2.User.class,
			dev.retort.autogenerate.models.seed2.Item.class);

	public static final List<Class<?>> SHOP = List.of(Customer.class, PurchaseOrder.class, Coupon.class);

	public static final List<Class<?>> INHERITANCE = List.of(Vehicle.class, Car.class, Truck.class, Payment.class,
			CardPayment.class, Animal.class, Dog.class, Cat.class);

	public static final List<Class<?>> LIBRARY = List.of(Publisher.class, Author.class, Book.class, BookCopy.class);

	public static final List<Class<?>> KINDS = List.of(Measurement.class);

	/** Enums by ordinal and by name, before each gained a constant. */
	public static final List<Class<?>> ENUMS = List.of(dev.retort.autogenerate.models.enums1.Ticket.class,
			dev.retort.autogenerate.models.enums1.EscalationPolicyAssignmentHistory.class);

	/** The same enums, after each gained a constant. */
	public static final List<Class<?>> ENUMS_WITH_NEW_CONSTANTS = List.of(
			dev.retort.autogenerate.models.enums2.Ticket.class,
			dev.retort.autogenerate.models.enums2.EscalationPolicyAssignmentHistory.class);

	/** A SINGLE_TABLE hierarchy whose subclasses require columns (checked per subclass). */
	public static final List<Class<?>> PARCELS = List.of(dev.retort.autogenerate.models.parcels1.Parcel.class,
			dev.retort.autogenerate.models.parcels1.Box.class, dev.retort.autogenerate.models.parcels1.Envelope.class);

	/** The same, after one subclass lost a required column and gained another. */
	public static final List<Class<?>> PARCELS_CHANGED = List.of(dev.retort.autogenerate.models.parcels2.Parcel.class,
			dev.retort.autogenerate.models.parcels2.Box.class, dev.retort.autogenerate.models.parcels2.Envelope.class);

	/** The fixpoint corpus: the seed and the five models. */
	public static final List<List<Class<?>>> CORPUS = List.of(SEED, SEED_WITH_IS_ACTIVE, SHOP, INHERITANCE, LIBRARY,
			KINDS);

	private EntityModels() {
	}

}
