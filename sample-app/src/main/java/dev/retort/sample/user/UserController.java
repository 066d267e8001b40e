package dev.retort.sample.user;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.retort.sample.item.Item;
import dev.retort.sample.item.ItemRepository;

/**
 * A small REST API over users and their items, enough to put rows in the tables that the
 * revisions build.
 */
@RestController
@RequestMapping("/users")
@Transactional
class UserController {

	private final UserRepository users;

	private final ItemRepository items;

	UserController(UserRepository users, ItemRepository items) {
		this.users = users;
		this.items = items;
	}

	@GetMapping
	@Transactional(readOnly = true)
	List<UserView> list() {
		return this.users.findAll().stream().map(UserView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@RequestBody NewUser request) {
		this.users.findByEmail(request.email()).ifPresent((existing) -> {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "A user with this email exists");
		});
		User user = new User(request.email(), request.fullName(), "{noop}" + request.password());
		return UserView.of(this.users.save(user));
	}

	@GetMapping("/{id}/items")
	@Transactional(readOnly = true)
	List<ItemView> items(@PathVariable UUID id) {
		return this.items.findByOwnerId(id).stream().map(ItemView::of).toList();
	}

	@PostMapping("/{id}/items")
	@ResponseStatus(HttpStatus.CREATED)
	ItemView addItem(@PathVariable UUID id, @RequestBody NewItem request) {
		User owner = this.users.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + id));
		return ItemView.of(this.items.save(new Item(owner, request.title(), request.description())));
	}

	record NewUser(String email, String fullName, String password) {
	}

	record NewItem(String title, String description) {
	}

	record UserView(UUID id, String email, String fullName, boolean active, boolean superuser) {

		static UserView of(User user) {
			return new UserView(user.getId(), user.getEmail(), user.getFullName(), user.isActive(), user.isSuperuser());
		}

	}

	record ItemView(UUID id, String title, String description) {

		static ItemView of(Item item) {
			return new ItemView(item.getId(), item.getTitle(), item.getDescription());
		}

	}

}
