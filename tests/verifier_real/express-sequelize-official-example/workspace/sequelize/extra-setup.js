// excerpt of sequelize/express-example@7304dc6ff4b8:express-main-example/sequelize/extra-setup.js
function applyExtraSetup(sequelize) {
	const { instrument, orchestra } = sequelize.models;

	orchestra.hasMany(instrument);
	instrument.belongsTo(orchestra);
}
