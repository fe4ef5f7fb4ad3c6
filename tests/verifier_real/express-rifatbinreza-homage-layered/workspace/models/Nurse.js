// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:models/Nurse.js
module.exports = (Sequelize, DataTypes) => {
  const Nurse = Sequelize.define(
    "nurse",
    {
      id: {
        type: DataTypes.UUID,
        defaultValue: DataTypes.UUIDV4,
        allowNull: false,
        primaryKey: true,
      },
      firstName: {
        type: DataTypes.STRING,
        allowNull: false,
      },
      lastName: {
        type: DataTypes.STRING,
        allowNull: false,
      },
      nurseId: {
        type: DataTypes.STRING,
        allowNull: false,
      },
    },
    {
      freezeTableName: true,
      tableName: "nurses",
      timestamps: true
    }
  );

  return Nurse;
};
